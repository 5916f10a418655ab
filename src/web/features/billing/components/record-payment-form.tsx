import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { isApiError } from "../../../shared/api/api-client";
import type { Invoice, RecordPaymentBody } from "../../../shared/api/types";
import { TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { MoneyField } from "../../../shared/components/money-fields";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { RecordPaymentBody as RecordPaymentContract } from "../../../../contracts/billing";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { formatMoney } from "../../../shared/lib/money";
import { useRecordPayment } from "../api/change-payment";
import { openToRecord, todayUtc } from "../invoice-rules";
import { submissionFor, type PendingSubmission } from "../idempotency";

/** What the form holds: the amount as typed, at the body's path. */
interface PaymentValues {
  amountMinor: string;
  paidOn: string;
  reference: string;
}

/**
 * Either side records a payment: the client "we paid", the provider "we received". Each
 * submission carries an idempotency key, kept while the same request is retried, so a payment
 * is never recorded twice; more than is open is refused by the server, with the open amount.
 */
export function RecordPaymentForm({
  engagementId,
  invoice,
  mySide,
}: {
  engagementId: string;
  invoice: Invoice;
  mySide: "client" | "provider";
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const record = useRecordPayment(engagementId, invoice.id);
  const today = todayUtc();
  const form = useContractForm<typeof RecordPaymentContract, PaymentValues>(RecordPaymentContract, {
    defaultValues: { amountMinor: "", paidOn: today, reference: "" },
    words: {
      amountMinor: { required: "form.payment.amountMissing" },
      paidOn: { required: "form.payment.dateMissing" },
    },
    read: (values, text) => ({
      amountMinor: text.amount("amountMinor", values.amountMinor, invoice.currency),
      currency: invoice.currency,
      paidOn: values.paidOn,
      reference: values.reference,
    }),
  });
  const amountText = form.watch("amountMinor");
  const [pending, setPending] = useState<PendingSubmission | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  // The server's message, with the amount still open, tops the form; the field is marked too.
  const isOverPayment = isApiError(record.error, "payment_exceeds_outstanding");
  const open = openToRecord(invoice);
  const otherSide = mySide === "client" ? "provider" : "client";

  return (
    <form
      noValidate
      className="stack"
      aria-labelledby={`record-payment-${invoice.id}-title`}
      onSubmit={form.submitWith((checked) => {
        setRecorded(null);
        const body: RecordPaymentBody = checked;
        const submission = submissionFor(pending, body);
        setPending(submission);
        record.mutate(
          { body, idempotencyKey: submission.key },
          {
            onSuccess: (payment) => {
              setPending(null);
              form.reset({ amountMinor: "", paidOn: todayUtc(), reference: "" });
              setRecorded(formatMoney(payment.amountMinor, payment.currency, locale));
            },
            onError: form.showServerErrors,
          },
        );
      })}
    >
      <h3 id={`record-payment-${invoice.id}-title`}>
        <FormattedMessage id="invoices.payment.title" />
      </h3>
      <FormAlert
        error={record.error}
        success={
          recorded
            ? intl.formatMessage(
                { id: "invoices.payment.recorded" },
                { amount: recorded, side: otherSide },
              )
            : null
        }
      />
      {open > 0 ? (
        <>
          <p className="field-hint">
            <FormattedMessage
              id="invoices.payment.explain"
              values={{
                side: mySide,
                other: otherSide,
                open: formatMoney(open, invoice.currency, locale),
              }}
            />
          </p>
          <div className="form-grid">
            <MoneyField
              id={`record-payment-${invoice.id}-amount`}
              label={
                <FormattedMessage
                  id={
                    mySide === "client"
                      ? "invoices.payment.amount"
                      : "invoices.payment.amountReceived"
                  }
                  values={{ currency: invoice.currency }}
                />
              }
              value={amountText}
              currency={invoice.currency}
              error={
                isOverPayment
                  ? intl.formatMessage({ id: "invoices.payment.tooMuch" })
                  : form.errorOf("amountMinor")
              }
              onChange={(amountMinor) => form.change({ amountMinor })}
            />
            <TextField
              id={`record-payment-${invoice.id}-date`}
              type="date"
              max={today}
              required
              label={<FormattedMessage id="invoices.payment.paidOn" />}
              {...form.field("paidOn")}
            />
          </div>
          <TextField
            id={`record-payment-${invoice.id}-reference`}
            maxLength={200}
            label={<FormattedMessage id="invoices.payment.reference" />}
            hint={<FormattedMessage id="invoices.payment.reference.hint" />}
            {...form.field("reference")}
          />
          <div className="button-row">
            <button type="submit" disabled={record.isPending}>
              <FormattedMessage id="invoices.payment.submit" />
            </button>
          </div>
        </>
      ) : (
        <p className="field-hint">
          <FormattedMessage id="invoices.payment.nothingOpen" values={{ side: otherSide }} />
        </p>
      )}
    </form>
  );
}
