import { FormattedMessage } from "react-intl";
import { Link } from "react-router";
import type { Invoice } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { EmptyState } from "../../../shared/components/empty-state";
import { invoicePagePath } from "../api/get-invoices";
import type { SourceNames } from "../source-names";
import { InvoiceSource } from "./invoice-source";
import { InvoiceStatusBadge } from "./invoice-status-badge";
import { Money } from "./money";
import { CardTable } from "../../../shared/components/card-table";

/** The engagement's invoices, newest first, each leading to its page. */
export function InvoiceList({
  engagementId,
  invoices,
  names,
  mySide,
}: {
  engagementId: string;
  invoices: readonly Invoice[];
  names: SourceNames;
  /** The reader's side, for what an empty list says comes next. */
  mySide?: "client" | "provider";
}) {
  if (invoices.length === 0) {
    return mySide ? (
      <EmptyState
        title={<FormattedMessage id="invoices.list.empty" />}
        body={
          <FormattedMessage
            id={
              mySide === "provider" ? "invoices.emptyState.provider" : "invoices.emptyState.client"
            }
          />
        }
        action={{
          to: `/engagements/${engagementId}/delivery`,
          label: <FormattedMessage id="invoices.emptyState.delivery" />,
        }}
      />
    ) : (
      <p className="muted">
        <FormattedMessage id="invoices.list.empty" />
      </p>
    );
  }
  const newestFirst = [...invoices].reverse();
  return (
    <CardTable>
      <table className="compact-table invoice-table">
        <caption className="visually-hidden">
          <FormattedMessage id="invoices.list.caption" />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="invoices.column.number" />
            </th>
            <th scope="col">
              <FormattedMessage id="invoices.column.source" />
            </th>
            <th scope="col">
              <FormattedMessage id="invoices.column.issued" />
            </th>
            <th scope="col">
              <FormattedMessage id="invoices.column.due" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="invoices.column.total" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="invoices.column.outstanding" />
            </th>
            <th scope="col">
              <FormattedMessage id="invoices.column.status" />
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((invoice) => (
            <tr key={invoice.id}>
              <th scope="row">
                <Link to={invoicePagePath(engagementId, invoice.id)}>
                  {invoice.number ?? <FormattedMessage id="invoices.number.draft" />}
                </Link>
              </th>
              <td>
                <InvoiceSource invoice={invoice} names={names} invoices={invoices} />
              </td>
              <td>{invoice.issueDate ? <DateOnly value={invoice.issueDate} /> : "—"}</td>
              <td>{invoice.dueDate ? <DateOnly value={invoice.dueDate} /> : "—"}</td>
              <td className="numeric">
                <Money minor={invoice.totalMinor} currency={invoice.currency} />
              </td>
              <td className="numeric">
                {invoice.status === "draft" || invoice.status === "void" ? (
                  "—"
                ) : (
                  <Money minor={invoice.outstandingMinor} currency={invoice.currency} />
                )}
              </td>
              <td>
                <InvoiceStatusBadge invoice={invoice} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </CardTable>
  );
}
