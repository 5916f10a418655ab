import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { dueDateOf } from "../../../../domain/billing/invoice";
import { isIsoDate } from "../../../../domain/billing/calendar";
import type { Invoice } from "../../../shared/api/types";
import { ConfirmDialog } from "../../../shared/components/confirm-dialog";
import { DateOnly } from "../../../shared/components/date-only";
import { TextField } from "../../../shared/components/fields";
import { fieldError, FormAlert } from "../../../shared/components/form-alert";
import { useIssueInvoice } from "../api/change-invoice";
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
  const [issueDate, setIssueDate] = useState(today);
  const [isConfirming, setIsConfirming] = useState(false);
  const dueDate = isIsoDate(issueDate) ? dueDateOf(issueDate, paymentTermsDays) : null;
  return (
    <form
      noValidate
      className="stack"
      aria-label={intl.formatMessage({ id: "invoices.issue.title" })}
      onSubmit={(event) => {
        event.preventDefault();
        setIsConfirming(true);
      }}
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
        value={issueDate}
        error={fieldError(issue.error, "issueDate")}
        onChange={(event) => setIssueDate(event.target.value)}
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
        <button type="submit" disabled={issue.isPending || !dueDate}>
          <FormattedMessage id="invoices.issue.submit" />
        </button>
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        title={<FormattedMessage id="confirm.issueInvoice.title" />}
        consequence={<FormattedMessage id="confirm.issueInvoice.body" />}
        confirmLabel={<FormattedMessage id="invoices.issue.submit" />}
        onConfirm={() => {
          setIsConfirming(false);
          issue.mutate(issueDate === today ? {} : { issueDate });
        }}
        onCancel={() => setIsConfirming(false)}
      />
    </form>
  );
}
