import { FormattedMessage } from "react-intl";
import type { Invoice } from "../../../shared/api/types";
import { INVOICE_STATUS_LABELS } from "../billing-labels";

/** The invoice's state, and beside it how late it is once the due date has passed. */
export function InvoiceStatusBadge({
  invoice,
}: {
  invoice: Pick<Invoice, "status" | "isOverdue" | "daysPastDue">;
}) {
  return (
    <span className="badge-group">
      <span className={`badge badge-invoice-${invoice.status}`}>
        <FormattedMessage id={INVOICE_STATUS_LABELS[invoice.status]} />
      </span>
      {invoice.isOverdue ? (
        <span className="badge badge-overdue">
          <FormattedMessage id="invoices.overdue" values={{ days: invoice.daysPastDue }} />
        </span>
      ) : null}
    </span>
  );
}
