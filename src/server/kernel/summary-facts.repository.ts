import type { Kysely } from "kysely";
import type { Database } from "../db/schema";

/**
 * The rows an engagement's summary facts come from, for several engagements at once: one query
 * per table, each over all of them (`engagement_id in …`), so the cost does not grow with their
 * number. Rows come in no particular order; the facts built from them are sorted.
 */
export async function readSummaryFactRows(
  db: Kysely<Database>,
  engagementIds: string[],
  parts: ReadonlySet<SummaryFactPart> = ALL_SUMMARY_FACT_PARTS,
) {
  const agreement = parts.has("agreement");
  const billing = parts.has("billing");
  const [versions, signatures, submissions, changeRequests, invoices, payments, creditNotes] =
    await Promise.all([
      when(agreement, () =>
        db
          .selectFrom("agreement_versions")
          .select(["id", "engagement_id", "status", "terms"])
          .where("engagement_id", "in", engagementIds)
          .where("status", "in", ["draft", "in_force"])
          .execute(),
      ),
      when(agreement, () =>
        db
          .selectFrom("agreement_signatures as g")
          .innerJoin("agreement_versions as v", "v.id", "g.version_id")
          .select(["v.engagement_id", "g.side"])
          .where("v.engagement_id", "in", engagementIds)
          .where("v.status", "=", "draft")
          .execute(),
      ),
      when(parts.has("delivery"), () =>
        db
          .selectFrom("submissions")
          .select(["id", "engagement_id", "deliverable_id", "round", "status", "review_due_at"])
          .where("engagement_id", "in", engagementIds)
          .execute(),
      ),
      when(parts.has("changes"), () =>
        db
          .selectFrom("change_requests")
          .select(["id", "engagement_id", "status"])
          .where("engagement_id", "in", engagementIds)
          .where("status", "in", ["proposed", "priced"])
          .execute(),
      ),
      when(billing, () =>
        db
          .selectFrom("invoices")
          .select(["id", "engagement_id", "status", "currency", "total_minor", "due_date"])
          .where("engagement_id", "in", engagementIds)
          .where("status", "in", ["draft", "issued", "partly_paid"])
          .execute(),
      ),
      when(billing, () =>
        db
          .selectFrom("payments as p")
          .innerJoin("invoices as i", "i.id", "p.invoice_id")
          .select([
            "p.id",
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
      ),
      when(billing, () =>
        db
          .selectFrom("credit_notes as c")
          .innerJoin("invoices as i", "i.id", "c.invoice_id")
          .select(["c.id", "c.engagement_id", "c.invoice_id", "c.amount_minor"])
          .where("c.engagement_id", "in", engagementIds)
          .where("i.status", "in", ["issued", "partly_paid"])
          .execute(),
      ),
    ]);
  return { versions, signatures, submissions, changeRequests, invoices, payments, creditNotes };
}

function when<T>(isWanted: boolean, read: () => Promise<T[]>): Promise<T[]> {
  return isWanted ? read() : Promise.resolve([]);
}

/** The groups of summary facts, each read from its own tables. */
export type SummaryFactPart = "agreement" | "delivery" | "changes" | "billing";
export const ALL_SUMMARY_FACT_PARTS: ReadonlySet<SummaryFactPart> = new Set([
  "agreement",
  "delivery",
  "changes",
  "billing",
]);

export type SummaryFactRows = Awaited<ReturnType<typeof readSummaryFactRows>>;

/** The stored facts of the engagements that have them (JSON text, as written). */
export function readStoredSummaryFacts(db: Kysely<Database>, engagementIds: string[]) {
  return db
    .selectFrom("engagement_summary_facts")
    .select(["engagement_id", "facts"])
    .where("engagement_id", "in", engagementIds)
    .execute();
}

/** Writes an engagement's facts, replacing what was stored. */
export async function replaceSummaryFacts(
  db: Kysely<Database>,
  row: { engagement_id: string; facts: string; refreshed_at: string },
): Promise<void> {
  await db
    .insertInto("engagement_summary_facts")
    .values(row)
    .onConflict((oc) =>
      oc.column("engagement_id").doUpdateSet({ facts: row.facts, refreshed_at: row.refreshed_at }),
    )
    .execute();
}

/**
 * Stores facts read outside any write, keeping a row that is already there: a write that
 * committed meanwhile stored newer facts under its lock, and those win.
 */
export async function insertMissingSummaryFacts(
  db: Kysely<Database>,
  rows: readonly { engagement_id: string; facts: string; refreshed_at: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("engagement_summary_facts")
    .values([...rows])
    .onConflict((oc) => oc.column("engagement_id").doNothing())
    .execute();
}
