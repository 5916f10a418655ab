import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

/**
 * What the list's summaries read for a page of engagements: one query per table, each over the
 * whole page (`engagement_id in …`), so a page costs the same few queries however long it is.
 */
export async function readSummaryFacts(db: Kysely<Database>, engagementIds: string[]) {
  const [versions, signatures, submissions, changeRequests, invoices, payments, creditNotes] =
    await Promise.all([
      db
        .selectFrom("agreement_versions")
        .select(["engagement_id", "status", "terms"])
        .where("engagement_id", "in", engagementIds)
        .where("status", "in", ["draft", "in_force"])
        .execute(),
      db
        .selectFrom("agreement_signatures as g")
        .innerJoin("agreement_versions as v", "v.id", "g.version_id")
        .select(["v.engagement_id", "g.side"])
        .where("v.engagement_id", "in", engagementIds)
        .where("v.status", "=", "draft")
        .execute(),
      db
        .selectFrom("submissions")
        .select(["engagement_id", "deliverable_id", "round", "status", "review_due_at"])
        .where("engagement_id", "in", engagementIds)
        .execute(),
      db
        .selectFrom("change_requests")
        .select(["engagement_id", "status"])
        .where("engagement_id", "in", engagementIds)
        .where("status", "in", ["proposed", "priced"])
        .execute(),
      db
        .selectFrom("invoices")
        .select(["id", "engagement_id", "status", "currency", "total_minor", "due_date"])
        .where("engagement_id", "in", engagementIds)
        .where("status", "in", ["draft", "issued", "partly_paid"])
        .execute(),
      db
        .selectFrom("payments as p")
        .innerJoin("invoices as i", "i.id", "p.invoice_id")
        .select([
          "p.engagement_id",
          "p.invoice_id",
          "p.amount_minor",
          "p.status",
          "p.recorded_side",
        ])
        .where("p.engagement_id", "in", engagementIds)
        .where("i.status", "in", ["issued", "partly_paid"])
        .where("p.status", "in", ["recorded", "confirmed"])
        .execute(),
      db
        .selectFrom("credit_notes as c")
        .innerJoin("invoices as i", "i.id", "c.invoice_id")
        .select(["c.engagement_id", "c.invoice_id", "c.amount_minor"])
        .where("c.engagement_id", "in", engagementIds)
        .where("i.status", "in", ["issued", "partly_paid"])
        .execute(),
    ]);
  return { versions, signatures, submissions, changeRequests, invoices, payments, creditNotes };
}

export type SummaryRows = Awaited<ReturnType<typeof readSummaryFacts>>;
