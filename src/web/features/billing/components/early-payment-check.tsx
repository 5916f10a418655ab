import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Invoice } from "../../../shared/api/types";
import { TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { MoneyField } from "../../../shared/components/money-fields";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { AmountReader, useFieldErrors } from "../../../shared/lib/form-errors";
import { parseMoneyInput } from "../../../shared/lib/money";
import { useCheckEarlyPayment } from "../api/check-early-payment";
import { todayUtc } from "../invoice-rules";

/**
 * "Pay less, sooner?" Before either side agrees to it, Accord prices an offer to settle the
 * invoice early for less: a discount for speed is a cut in pay, and is named as one, with
 * what it costs the provider as a yearly rate.
 */
export function EarlyPaymentCheck({
  engagementId,
  invoice,
}: {
  engagementId: string;
  invoice: Invoice;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const check = useCheckEarlyPayment(engagementId, invoice.id);
  const [amount, setAmount] = useState("");
  const [payOn, setPayOn] = useState(todayUtc());
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const errorFor = useFieldErrors(check.error, invalid);
  const result = check.data;
  return (
    <details className="card early-payment">
      <summary>
        <FormattedMessage id="invoices.early.title" />
      </summary>
      <form
        noValidate
        className="stack"
        aria-label={intl.formatMessage({ id: "invoices.early.title" })}
        onSubmit={(event) => {
          event.preventDefault();
          const amounts = new AmountReader((text, code) => parseMoneyInput(text, code, locale));
          const offeredMinor = amounts.required("offeredMinor", amount, invoice.currency);
          setInvalid(amounts.invalid);
          if (amounts.invalid.size > 0) return check.reset();
          check.mutate({ offeredMinor, payOn });
        }}
      >
        <p className="field-hint">
          <FormattedMessage id="invoices.early.explain" />
        </p>
        <FormAlert error={check.error} />
        <div className="form-grid">
          <MoneyField
            id={`early-${invoice.id}-amount`}
            label={
              <FormattedMessage
                id="invoices.early.amount"
                values={{ currency: invoice.currency }}
              />
            }
            value={amount}
            currency={invoice.currency}
            error={errorFor("offeredMinor")}
            onChange={setAmount}
          />
          <TextField
            id={`early-${invoice.id}-date`}
            type="date"
            label={<FormattedMessage id="invoices.early.payOn" />}
            value={payOn}
            error={errorFor("payOn")}
            onChange={(event) => setPayOn(event.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button-secondary" disabled={check.isPending}>
            <FormattedMessage id="invoices.early.submit" />
          </button>
        </div>
        <div aria-live="polite">
          {result ? (
            result.finding ? (
              <p className="alert alert-error">
                <span className="badge badge-warning">
                  <FormattedMessage id="remunerationTrend.flag.discount" />
                </span>{" "}
                {result.finding.message}
              </p>
            ) : (
              <p className="alert alert-info">
                <FormattedMessage id="invoices.early.noFlag" />
              </p>
            )
          ) : null}
        </div>
      </form>
    </details>
  );
}
