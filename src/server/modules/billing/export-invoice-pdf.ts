import type { Locale } from "../../../i18n/locales";
import type { Actor } from "../../platform/actor";
import { todayOf } from "../../platform/clock";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { findBillingViewer } from "./billing.policy";
import { renderInvoicePdf } from "./invoice-pdf";
import { findVisibleInvoice, presentInvoices } from "./read-invoices";

/** An invoice as a PDF, for either side once issued (the provider also sees its drafts). */
export async function exportInvoicePdf(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  invoiceId: string,
  locale: Locale,
): Promise<Result<{ pdf: Buffer; fileName: string }>> {
  const viewer = await findBillingViewer(deps.db, actor, engagementId);
  if (!viewer.ok) return viewer;
  const found = await findVisibleInvoice(deps.db, viewer.value.side, engagementId, invoiceId);
  if (!found.ok) return found;
  const [invoice] = await presentInvoices(deps.db, [found.value], todayOf(deps.clock), {
    actor,
    engagement: viewer.value.engagement,
  });
  if (!invoice) throw new Error("invoice vanished while being read");
  const pdf = await renderInvoicePdf(
    invoice,
    viewer.value.engagement.title,
    locale,
    deps.clock.now(),
  );
  return ok({ pdf, fileName: `invoice-${invoice.number ?? `draft-${invoice.id}`}.pdf` });
}
