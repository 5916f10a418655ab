import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import type { Engagement, Invoice } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { invoicePdfUrl, invoicePrintPath } from "../api/get-invoices";
import { isOpenInvoice } from "../invoice-rules";
import type { SourceNames } from "../source-names";
import { EarlyPaymentCheck } from "./early-payment-check";
import { InvoiceActions } from "./invoice-actions";
import { InvoiceLinesTable } from "./invoice-lines-table";
import { CreditNotes, MoneySummary } from "./invoice-money";
import { InvoiceSource } from "./invoice-source";
import { InvoiceStatusBadge } from "./invoice-status-badge";
import { InvoiceTotals } from "./invoice-totals";
import { IssueInvoiceForm } from "./issue-invoice-form";
import { LateInterestPanel } from "./late-interest-panel";
import { PaymentsTable } from "./payments-table";
import { RecordPaymentForm } from "./record-payment-form";
import { RemindersList } from "./reminders-list";

/**
 * One invoice for both sides: what it asks for and why, where its money stands, its payments
 * with the other side's answers, credit notes, late interest line by line, and the reader's
 * next step: the provider edits, issues, voids or credits; either side records a payment.
 */
export function InvoiceDetail({
  engagement,
  invoice,
  invoices,
  names,
  paymentTermsDays,
}: {
  engagement: Engagement;
  invoice: Invoice;
  invoices: readonly Invoice[];
  names: SourceNames;
  /** The agreement in force's, which a draft will take when issued. */
  paymentTermsDays: number;
}) {
  const intl = useIntl();
  const { invoice: canInvoice, recordPayment: canRecordPayment } = engagement.abilities.billing;
  const isDraft = invoice.status === "draft";
  const isIssued = invoice.number !== null;
  const isOpen = isOpenInvoice(invoice);
  const titleId = `invoice-${invoice.id}-title`;

  return (
    <article className="stack-lg invoice-detail" aria-labelledby={titleId}>
      <div className="stack-sm">
        <Link to={`/engagements/${engagement.id}/invoices`} className="back-link">
          <FormattedMessage id="invoices.back" />
        </Link>
        <div className="card-head">
          <h2 id={titleId}>
            <FormattedMessage
              id="invoices.detail.title"
              values={{ number: invoice.number ?? "", isDraft: isIssued ? "no" : "yes" }}
            />
          </h2>
          <InvoiceStatusBadge invoice={invoice} />
        </div>
        <ul className="inline-list">
          <li>
            <Link to={invoicePrintPath(engagement.id, invoice.id)}>
              <FormattedMessage id="invoices.print" />
            </Link>
          </li>
          <li>
            <a href={invoicePdfUrl(engagement.id, invoice.id)}>
              <FormattedMessage id="invoices.pdf" />
            </a>
          </li>
        </ul>
      </div>

      {invoice.status === "void" ? (
        <p className="alert alert-error prewrap">
          <FormattedMessage
            id="invoices.void.done"
            values={{
              reason: invoice.voidReason ?? "",
              date: invoice.voidedAt ? (
                <FormattedDate key="date" value={invoice.voidedAt} dateStyle="long" />
              ) : (
                ""
              ),
            }}
          />
        </p>
      ) : null}

      <dl className="details">
        <div>
          <dt>
            <FormattedMessage id="invoices.column.source" />
          </dt>
          <dd>
            <InvoiceSource invoice={invoice} names={names} invoices={invoices} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="invoices.detail.parties" />
          </dt>
          <dd>
            <FormattedMessage
              id="invoices.detail.parties.value"
              values={{ provider: invoice.provider.name, client: invoice.client.name }}
            />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="invoices.column.issued" />
          </dt>
          <dd>
            {invoice.issueDate ? (
              <DateOnly value={invoice.issueDate} />
            ) : (
              <FormattedMessage id="invoices.detail.notIssued" />
            )}
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="invoices.column.due" />
          </dt>
          <dd>
            {invoice.dueDate ? (
              <FormattedMessage
                id="invoices.detail.due"
                values={{
                  date: <DateOnly key="date" value={invoice.dueDate} />,
                  days: invoice.paymentTermsDays ?? 0,
                }}
              />
            ) : (
              <FormattedMessage
                id="invoices.detail.dueOnIssue"
                values={{ days: paymentTermsDays }}
              />
            )}
          </dd>
        </div>
      </dl>

      <section className="stack-sm" aria-labelledby={`${titleId}-lines`}>
        <h3 id={`${titleId}-lines`}>
          <FormattedMessage id="invoices.lines.title" />
        </h3>
        <InvoiceLinesTable lines={invoice.lines} currency={invoice.currency} />
        <InvoiceTotals
          totals={invoice}
          label={intl.formatMessage({ id: "invoices.totals.label" })}
        />
        {invoice.note ? (
          <p className="prewrap">
            <FormattedMessage id="invoices.detail.note" values={{ note: invoice.note }} />
          </p>
        ) : null}
      </section>

      {isIssued && invoice.status !== "void" ? <MoneySummary invoice={invoice} /> : null}

      {isDraft && canInvoice ? (
        <section className="card stack">
          <IssueInvoiceForm
            engagementId={engagement.id}
            invoice={invoice}
            paymentTermsDays={paymentTermsDays}
          />
        </section>
      ) : null}

      {canInvoice ? <InvoiceActions engagementId={engagement.id} invoice={invoice} /> : null}

      {isIssued ? (
        <section className="stack" aria-labelledby={`${titleId}-payments`}>
          <h3 id={`${titleId}-payments`}>
            <FormattedMessage id="invoices.payments.title" />
          </h3>
          <PaymentsTable
            engagementId={engagement.id}
            invoice={invoice}
            mySide={engagement.mySide}
          />
          {canRecordPayment && isOpen ? (
            <div className="card">
              <RecordPaymentForm
                engagementId={engagement.id}
                invoice={invoice}
                mySide={engagement.mySide}
              />
            </div>
          ) : null}
        </section>
      ) : null}

      {invoice.creditNotes.length > 0 ? <CreditNotes invoice={invoice} /> : null}

      {isIssued && invoice.status !== "void" ? (
        <LateInterestPanel engagementId={engagement.id} invoice={invoice} canInvoice={canInvoice} />
      ) : null}

      {isOpen ? <EarlyPaymentCheck engagementId={engagement.id} invoice={invoice} /> : null}

      {isIssued ? (
        <section className="stack-sm" aria-labelledby={`${titleId}-reminders`}>
          <h3 id={`${titleId}-reminders`}>
            <FormattedMessage id="invoices.reminders.title" />
          </h3>
          <RemindersList reminders={invoice.reminders} />
        </section>
      ) : null}
    </article>
  );
}
