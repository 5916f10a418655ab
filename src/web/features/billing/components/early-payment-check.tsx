import { FormattedMessage, useIntl } from "react-intl";
import { EarlyPaymentQuery } from "../../../../contracts/billing";
import type { Invoice } from "../../../shared/api/types";
import { TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { MoneyField } from "../../../shared/components/money-fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useCheckEarlyPayment } from "../api/check-early-payment";
import {
  EARLY_PAYMENT_WORDS,
  readEarlyPayment,
  type EarlyPaymentValues,
} from "../invoice-actions-form-state";
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
  const check = useCheckEarlyPayment(engagementId, invoice.id);
  const form = useContractForm<typeof EarlyPaymentQuery, EarlyPaymentValues>(EarlyPaymentQuery, {
    defaultValues: { offeredMinor: "", payOn: todayUtc() },
    words: EARLY_PAYMENT_WORDS,
    read: readEarlyPayment(invoice.currency),
  });
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
        onSubmit={form.submitWith((offer) =>
          check.mutate(offer, { onError: form.showServerErrors }),
        )}
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
            value={form.watch("offeredMinor")}
            currency={invoice.currency}
            error={form.errorOf("offeredMinor")}
            onChange={(offeredMinor) => form.change({ offeredMinor })}
          />
          <TextField
            id={`early-${invoice.id}-date`}
            type="date"
            label={<FormattedMessage id="invoices.early.payOn" />}
            required
            {...form.field("payOn")}
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
