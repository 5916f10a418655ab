import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Invoice } from "../../../shared/api/types";
import { TextAreaField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { MoneyField } from "../../../shared/components/money-fields";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { AmountReader, useFieldErrors } from "../../../shared/lib/form-errors";
import { formatMoney, parseMoneyInput } from "../../../shared/lib/money";
import { useIssueCreditNote } from "../api/change-payment";
import { openToRecord } from "../invoice-rules";

/**
 * The provider lowers what an issued invoice asks for with a numbered credit note: the
 * invoice itself stays as issued, and the correction has its own number and reason.
 */
export function CreditNoteForm({
  engagementId,
  invoice,
  onDone,
}: {
  engagementId: string;
  invoice: Invoice;
  onDone: () => void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const credit = useIssueCreditNote(engagementId, invoice.id);
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const errorFor = useFieldErrors(credit.error, invalid);
  const open = openToRecord(invoice);
  return (
    <form
      noValidate
      className="stack"
      aria-label={intl.formatMessage({ id: "invoices.credit.title" })}
      onSubmit={(event) => {
        event.preventDefault();
        const amounts = new AmountReader((text, code) => parseMoneyInput(text, code, locale));
        const amountMinor = amounts.required("amountMinor", amount, invoice.currency);
        setInvalid(amounts.invalid);
        if (amounts.invalid.size > 0) return credit.reset();
        credit.mutate({ amountMinor, reason }, { onSuccess: onDone });
      }}
    >
      <FormAlert error={credit.error} />
      <p className="field-hint">
        <FormattedMessage
          id="invoices.credit.explain"
          values={{ open: formatMoney(open, invoice.currency, locale) }}
        />
      </p>
      <MoneyField
        id={`credit-${invoice.id}-amount`}
        label={
          <FormattedMessage id="invoices.credit.amount" values={{ currency: invoice.currency }} />
        }
        value={amount}
        currency={invoice.currency}
        error={errorFor("amountMinor")}
        onChange={setAmount}
      />
      <TextAreaField
        id={`credit-${invoice.id}-reason`}
        rows={2}
        maxLength={2000}
        required
        label={<FormattedMessage id="invoices.credit.reason" />}
        value={reason}
        error={errorFor("reason")}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="button-row">
        <button type="submit" disabled={credit.isPending}>
          <FormattedMessage id="invoices.credit.submit" />
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          <FormattedMessage id="invoices.cancel" />
        </button>
      </div>
    </form>
  );
}
