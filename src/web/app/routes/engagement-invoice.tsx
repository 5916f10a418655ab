import { useParams } from "react-router";
import { useAgreement } from "../../features/agreements/api/get-agreement";
import { useInvoice, useInvoices } from "../../features/billing/api/get-invoices";
import { InvoiceDetail } from "../../features/billing/components/invoice-detail";
import { useSourceNames } from "../../features/billing/source-names";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useEngagementContext } from "./engagement";

/** One invoice inside the engagement's Invoices tab. */
export function EngagementInvoiceRoute() {
  const { engagement } = useEngagementContext();
  const { invoiceId = "" } = useParams();
  const invoice = useInvoice(engagement.id, invoiceId);
  const invoices = useInvoices(engagement.id);
  const agreement = useAgreement(engagement.id);
  const names = useSourceNames(engagement.id);
  if (invoice.isPending || agreement.isPending) return <Loading />;
  if (invoice.isError)
    return <QueryError error={invoice.error} onRetry={() => void invoice.refetch()} />;
  if (agreement.isError)
    return <QueryError error={agreement.error} onRetry={() => void agreement.refetch()} />;
  return (
    <InvoiceDetail
      key={invoice.data.id}
      engagement={engagement}
      invoice={invoice.data}
      invoices={invoices.data?.invoices ?? [invoice.data]}
      names={names}
      paymentTermsDays={agreement.data.inForce?.terms.paymentTermsDays ?? 0}
    />
  );
}
