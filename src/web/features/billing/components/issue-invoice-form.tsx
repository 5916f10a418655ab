import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { dueDateOf } from "../../../../domain/billing/invoice";
import { isIsoDate } from "../../../../domain/billing/calendar";
import type { Invoice } from "../../../shared/api/types";
import { ConfirmDialog } from "../../../shared/components/confirm-dialog";
import { DateOnly } from "../../../shared/components/date-only";
import { TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useIssueInvoice } from "../api/change-invoice";
import { ISSUE_INVOICE_WORDS, issueInvoiceForm } from "../invoice-actions-form-state";
import { todayUtc } from "../invoice-rules";

/**
 * The provider issues the draft: it takes the next number, the issue date (today, or an
 * earlier day for work invoiced late) and the due date the payment terms set, shown before
 * anything is sent. From then on the invoice never changes.
 */
export function IssueInvoiceForm({
  engagementId,
  invoice,
  paymentTermsDays,
}: {
  engagementId: string;
  invoice: Invoice;
  paymentTermsDays: number;
}) {
  const intl = useIntl();
  const issue = useIssueInvoice(engagementId, invoice.id);
  const today = todayUtc();
  const form = useContractForm(issueInvoiceForm(today), {
    defaultValues: { issueDate: today },
    words: ISSUE_INVOICE_WORDS,
  });
  // The checked day, held while the dialog asks whether to go ahead.
  const [confirming, setConfirming] = useState<string | null>(null);
  const issueDate = form.watch("issueDate");
  const dueDate = isIsoDate(issueDate) ? dueDateOf(issueDate, paymentTermsDays) : null;
  return (
    <form
      noValidate
      className="stack"
      aria-label={intl.formatMessage({ id: "invoices.issue.title" })}
      onSubmit={form.submitWith((body) => setConfirming(body.issueDate))}
    >
      <h3>
        <FormattedMessage id="invoices.issue.title" />
      </h3>
      <FormAlert error={issue.error} />
      <TextField
        id={`issue-${invoice.id}-date`}
        type="date"
        max={today}
        required
        label={<FormattedMessage id="invoices.issue.date" />}
        hint={<FormattedMessage id="invoices.issue.date.hint" />}
        {...form.field("issueDate")}
      />
      {dueDate ? (
        <p>
          <FormattedMessage
            id="invoices.issue.dueDate"
            values={{
              date: <DateOnly key="date" value={dueDate} />,
              days: paymentTermsDays,
            }}
          />
        </p>
      ) : null}
      <p className="field-hint">
        <FormattedMessage id="invoices.issue.final" />
      </p>
      <div className="button-row">
        <button type="submit" disabled={issue.isPending}>
          <FormattedMessage id="invoices.issue.submit" />
        </button>
      </div>
      <ConfirmDialog
        isOpen={confirming !== null}
        title={<FormattedMessage id="confirm.issueInvoice.title" />}
        consequence={<FormattedMessage id="confirm.issueInvoice.body" />}
        confirmLabel={<FormattedMessage id="invoices.issue.submit" />}
        onConfirm={() => {
          if (confirming !== null)
            form.oneAtATime(() =>
              issue.mutate(confirming === today ? {} : { issueDate: confirming }, {
                onError: form.showServerErrors,
              }),
            );
          setConfirming(null);
        }}
        onCancel={() => setConfirming(null)}
      />
    </form>
  );
}
