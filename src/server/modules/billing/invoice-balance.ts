import type { Kysely } from "kysely";
import type { AgreementBalance } from "../../../domain/billing/invoice-sanity";
import type { Database } from "../../db/schema";
import { termsInForce } from "../agreements/terms-in-force";

/**
 * What the agreement in force leaves to invoice on an engagement, leaving `invoiceId` out: its
 * agreed total (fixed price, or the time-and-materials cap; a retainer has none), plus approved
 * changes not yet written into it, less the net of the other issued invoices (void ones and
 * late-interest claims aside). Null without an agreement in force.
 */
export async function agreementBalanceOf(
  db: Kysely<Database>,
  engagementId: string,
  invoiceId: string,
): Promise<AgreementBalance | null> {
  const agreed = await termsInForce(db, engagementId);
  if (!agreed) return null;
  const { remuneration } = agreed.terms;
  const [pending, invoiced] = await Promise.all([
    db
      .selectFrom("change_requests")
      .select("price_minor")
      .where("engagement_id", "=", engagementId)
      .where("status", "=", "approved")
      .execute(),
    db
      .selectFrom("invoices")
      .select("subtotal_minor")
      .where("engagement_id", "=", engagementId)
      .where("id", "!=", invoiceId)
      .where("status", "in", ["issued", "partly_paid", "paid"])
      .where("source_kind", "!=", "late_interest")
      .execute(),
  ]);
  return {
    currency: remuneration.currency,
    agreedMinor: remuneration.model === "retainer" ? null : remuneration.amountMinor,
    pendingChangesMinor: pending.reduce((sum, c) => sum + Number(c.price_minor ?? 0), 0),
    invoicedMinor: invoiced.reduce((sum, i) => sum + Number(i.subtotal_minor), 0),
  };
}
