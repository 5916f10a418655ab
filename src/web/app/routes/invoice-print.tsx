import { FormattedMessage, useIntl } from "react-intl";
import { Link, useParams } from "react-router";
import {
  invoicePagePath,
  invoicePdfUrl,
  useInvoice,
  useInvoices,
} from "../../features/billing/api/get-invoices";
import { InvoiceDocument } from "../../features/billing/components/invoice-document";
import { useSourceNames } from "../../features/billing/source-names";
import { useEngagement } from "../../features/engagements/api/get-engagement";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

/** The invoice alone on the page, for printing or saving: no navigation, print styles. */
export function InvoicePrintRoute() {
  const intl = useIntl();
  const { engagementId = "", invoiceId = "" } = useParams();
  const engagement = useEngagement(engagementId);
  const invoice = useInvoice(engagementId, invoiceId);
  const invoices = useInvoices(engagementId);
  const names = useSourceNames(engagementId);
  useDocumentTitle(
    invoice.data
      ? intl.formatMessage(
          { id: "invoices.document.title" },
          { number: invoice.data.number ?? "", status: invoice.data.status },
        )
      : null,
  );

  const failed = engagement.error ?? invoice.error;
  return (
    <div className="print-page">
      <div className="print-toolbar no-print">
        <Link to={invoicePagePath(engagementId, invoiceId)} className="back-link">
          <FormattedMessage id="invoices.print.back" />
        </Link>
        <div className="button-row">
          <button type="button" onClick={() => window.print()}>
            <FormattedMessage id="agreement.print.button" />
          </button>
          <a
            className="button-link button-link-secondary"
            href={invoicePdfUrl(engagementId, invoiceId)}
          >
            <FormattedMessage id="invoices.pdf" />
          </a>
        </div>
      </div>
      <main id="main" tabIndex={-1}>
        {failed ? (
          <QueryError error={failed} />
        ) : engagement.data && invoice.data ? (
          <InvoiceDocument
            engagement={engagement.data}
            invoice={invoice.data}
            invoices={invoices.data?.invoices ?? [invoice.data]}
            names={names}
          />
        ) : (
          <Loading />
        )}
      </main>
    </div>
  );
}
