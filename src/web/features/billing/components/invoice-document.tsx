import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { Engagement, Invoice } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import type { SourceNames } from "../source-names";
import { InvoiceLinesTable } from "./invoice-lines-table";
import { InvoiceSource } from "./invoice-source";
import { InvoiceTotals } from "./invoice-totals";
import { Money } from "./money";

/**
 * The invoice as a document to print or keep, in the reader's language with amounts and dates
 * in their locale's format: who invoices whom, for what, when it is due, the lines and taxes,
 * then corrections, confirmed payments and what is still owed.
 */
export function InvoiceDocument({
  engagement,
  invoice,
  invoices,
  names,
}: {
  engagement: Engagement;
  invoice: Invoice;
  invoices: readonly Invoice[];
  names: SourceNames;
}) {
  const intl = useIntl();
  const { currency } = invoice;
  const confirmed = invoice.payments.filter((p) => p.status === "confirmed");
  return (
    <article
      className="agreement-document invoice-document stack-lg"
      aria-labelledby="invoice-document-title"
    >
      <header className="stack-sm">
        <p className="muted">
          <FormattedMessage id="app.name" />
        </p>
        <h1 id="invoice-document-title">
          <FormattedMessage
            id="invoices.document.title"
            values={{ number: invoice.number ?? "", status: invoice.status }}
          />
        </h1>
        {invoice.status === "void" ? (
          <p className="alert alert-error prewrap">
            <FormattedMessage
              id="invoices.document.void"
              values={{ reason: invoice.voidReason ?? "" }}
            />
          </p>
        ) : null}
        <dl className="document-facts">
          <dt>
            <FormattedMessage id="invoices.document.from" />
          </dt>
          <dd>{invoice.provider.name}</dd>
          <dt>
            <FormattedMessage id="invoices.document.to" />
          </dt>
          <dd>{invoice.client.name}</dd>
          <dt>
            <FormattedMessage id="invoices.document.engagement" />
          </dt>
          <dd>{engagement.title}</dd>
          <dt>
            <FormattedMessage id="invoices.column.source" />
          </dt>
          <dd>
            <InvoiceSource invoice={invoice} names={names} invoices={invoices} />
          </dd>
          {invoice.issueDate && invoice.dueDate ? (
            <>
              <dt>
                <FormattedMessage id="invoices.column.issued" />
              </dt>
              <dd>
                <DateOnly value={invoice.issueDate} />
              </dd>
              <dt>
                <FormattedMessage id="invoices.column.due" />
              </dt>
              <dd>
                <FormattedMessage
                  id="invoices.detail.due"
                  values={{
                    date: <DateOnly key="date" value={invoice.dueDate} />,
                    days: invoice.paymentTermsDays ?? 0,
                  }}
                />
              </dd>
            </>
          ) : (
            <>
              <dt>
                <FormattedMessage id="invoices.column.issued" />
              </dt>
              <dd>
                <FormattedMessage id="invoices.document.notIssued" />
              </dd>
            </>
          )}
        </dl>
      </header>
      <InvoiceLinesTable lines={invoice.lines} currency={currency} />
      <InvoiceTotals totals={invoice} label={intl.formatMessage({ id: "invoices.totals.label" })} />
      {invoice.creditNotes.length > 0 || confirmed.length > 0 ? (
        <table className="compact-table invoice-totals">
          <caption className="visually-hidden">
            <FormattedMessage id="invoices.document.settlement" />
          </caption>
          <tbody>
            {invoice.creditNotes.map((note) => (
              <tr key={note.id}>
                <th scope="row">
                  <FormattedMessage
                    id="invoices.document.creditNote"
                    values={{
                      number: note.number,
                      date: <DateOnly key="date" value={note.issuedOn} />,
                      reason: note.reason,
                    }}
                  />
                </th>
                <td className="numeric">
                  <Money minor={-note.amountMinor} currency={currency} />
                </td>
              </tr>
            ))}
            {confirmed.map((payment) => (
              <tr key={payment.id}>
                <th scope="row">
                  <FormattedMessage
                    id="invoices.document.payment"
                    values={{
                      date: <DateOnly key="date" value={payment.paidOn} />,
                      reference: payment.reference || "none",
                    }}
                  />
                </th>
                <td className="numeric">
                  <Money minor={-payment.amountMinor} currency={currency} />
                </td>
              </tr>
            ))}
            <tr className="row-total">
              <th scope="row">
                <FormattedMessage id="invoices.money.outstanding" />
              </th>
              <td className="numeric">
                <Money minor={invoice.outstandingMinor} currency={currency} />
              </td>
            </tr>
          </tbody>
        </table>
      ) : null}
      {invoice.isLateInterestAgreed ? (
        <p>
          <FormattedMessage id="invoices.document.lateInterest" />
        </p>
      ) : null}
      {invoice.note ? (
        <p className="prewrap">
          <FormattedMessage id="invoices.detail.note" values={{ note: invoice.note }} />
        </p>
      ) : null}
      <footer className="muted document-footer">
        <FormattedMessage
          id="invoices.document.footer"
          values={{
            currency,
            date: (
              <FormattedDate key="date" value={new Date()} dateStyle="long" timeStyle="short" />
            ),
          }}
        />
      </footer>
    </article>
  );
}
