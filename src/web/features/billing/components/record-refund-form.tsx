import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useLocation } from "react-router";
import { RecordRefundBody } from "../../../../contracts/billing";
import type { RefundList } from "../../../shared/api/types";
import { TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { MoneyField } from "../../../shared/components/money-fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney, formatMoneyInput } from "../../../shared/lib/money";
import { refundAmountOf } from "../../../shared/lib/refund-amount-param";
import { useRecordRefund } from "../api/refunds";
import { todayUtc } from "../invoice-rules";
import { readRefund, REFUND_WORDS, type RefundValues } from "../refund-form-state";

/**
 * The provider records money it paid back to the client (a refund agreed in a dispute, what
 * the final settlement says is owed back); the client then confirms it arrived. More than the
 * client paid, less refunds already recorded, is refused by the server with what is open.
 */
export function RecordRefundForm({
  engagementId,
  money,
}: {
  engagementId: string;
  money: RefundList;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const record = useRecordRefund(engagementId);
  const today = todayUtc();
  const blank = { amountMinor: "", paidOn: today, reference: "" };
  // Arriving from the exit's final settlement, the amount owed back (tax included) is filled in.
  const suggested = refundAmountOf(useLocation().search);
  const form = useContractForm<typeof RecordRefundBody, RefundValues>(RecordRefundBody, {
    defaultValues:
      suggested === null
        ? blank
        : { ...blank, amountMinor: formatMoneyInput(suggested, money.currency, locale) },
    words: REFUND_WORDS,
    read: readRefund(money.currency),
  });
  const [recorded, setRecorded] = useState<string | null>(null);
  const open = formatMoney(money.openToRefundMinor, money.currency, locale);

  return (
    <form
      noValidate
      className="stack"
      aria-labelledby="record-refund-title"
      onSubmit={form.submitWith((body) => {
        setRecorded(null);
        record.mutate(body, {
          onSuccess: (refund) => {
            form.reset({ ...blank, paidOn: todayUtc() });
            setRecorded(formatMoney(refund.amountMinor, refund.currency, locale));
          },
          onError: form.showServerErrors,
        });
      })}
    >
      <h3 id="record-refund-title">
        <FormattedMessage id="refunds.record.title" />
      </h3>
      <FormAlert
        error={record.error}
        success={
          recorded ? intl.formatMessage({ id: "refunds.record.done" }, { amount: recorded }) : null
        }
      />
      {money.openToRefundMinor > 0 ? (
        <>
          <p className="field-hint">
            <FormattedMessage id="refunds.record.explain" values={{ open }} />
          </p>
          <div className="form-grid">
            <MoneyField
              id="record-refund-amount"
              label={
                <FormattedMessage
                  id="refunds.record.amount"
                  values={{ currency: money.currency }}
                />
              }
              value={form.watch("amountMinor")}
              currency={money.currency}
              error={form.errorOf("amountMinor")}
              onChange={(amountMinor) => form.change({ amountMinor })}
            />
            <TextField
              id="record-refund-date"
              type="date"
              max={today}
              required
              label={<FormattedMessage id="refunds.record.paidOn" />}
              {...form.field("paidOn")}
            />
          </div>
          <TextField
            id="record-refund-reference"
            maxLength={200}
            label={<FormattedMessage id="refunds.record.reference" />}
            hint={<FormattedMessage id="refunds.record.reference.hint" />}
            {...form.field("reference")}
          />
          <div className="button-row">
            <button type="submit" disabled={record.isPending}>
              <FormattedMessage id="refunds.record.submit" />
            </button>
          </div>
        </>
      ) : (
        <p className="field-hint">
          <FormattedMessage id="refunds.record.nothingOpen" />
        </p>
      )}
    </form>
  );
}
