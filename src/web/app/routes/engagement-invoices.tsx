import { InvoicesSection } from "../../features/billing/components/invoices-section";
import { useEngagementContext } from "./engagement";

export function EngagementInvoicesRoute() {
  const { engagement } = useEngagementContext();
  return <InvoicesSection engagement={engagement} />;
}
