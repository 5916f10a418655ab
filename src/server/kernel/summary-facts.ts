import type { Kysely } from "kysely";
import type { AgreementTerms } from "../../domain/agreement/terms";
import type { SummaryFacts } from "../../domain/engagement/engagement-summary";
import type { Database } from "../db/schema";
import {
  ALL_SUMMARY_FACT_PARTS,
  insertMissingSummaryFacts,
  readStoredSummaryFacts,
  readSummaryFactRows,
  replaceSummaryFacts,
  type SummaryFactPart,
  type SummaryFactRows,
} from "./summary-facts.repository";

export type { SummaryFactPart } from "./summary-facts.repository";

/**
 * Each engagement's summary facts (`SummaryFacts`: what its row in a list shows, before the
 * date decides what is overdue) are kept in `engagement_summary_facts`, one row per engagement.
 * Invariant: a stored row equals what `summaryFactsFromTables` reads, because every write to
 * the tables they come from calls `refreshSummaryFacts` in its own transaction, after its
 * writes (through the ledger's reaction, or directly where no event is appended).
 */
export async function refreshSummaryFacts(
  trx: Kysely<Database>,
  engagementId: string,
  now: string,
  parts: ReadonlySet<SummaryFactPart> = ALL_SUMMARY_FACT_PARTS,
): Promise<void> {
  const facts = await freshFacts(trx, engagementId, parts);
  if (!facts) return;
  await replaceSummaryFacts(trx, {
    engagement_id: engagementId,
    facts: JSON.stringify(facts),
    refreshed_at: now,
  });
}

/** Which facts each part's tables give. */
const FACTS_OF_PART: { [P in SummaryFactPart]: readonly (keyof SummaryFacts)[] } = {
  agreement: ["inForce", "draft"],
  delivery: ["submissions"],
  changes: ["changeRequests"],
  billing: ["invoices", "payments", "creditNotes"],
};

/**
 * The engagement's facts with `parts` read again from their tables and the rest as stored: a
 * write touches one part (an evaluation, the submissions), so it reads two tables, not seven.
 * Without a stored row, every part is read.
 */
async function freshFacts(
  trx: Kysely<Database>,
  engagementId: string,
  parts: ReadonlySet<SummaryFactPart>,
): Promise<SummaryFacts | undefined> {
  const isWhole = parts.size === ALL_SUMMARY_FACT_PARTS.size;
  const [stored] = isWhole ? [] : await readStoredSummaryFacts(trx, [engagementId]);
  if (!stored) return (await summaryFactsFromTables(trx, [engagementId])).get(engagementId);
  const read = factsOf(
    byEngagement(await readSummaryFactRows(trx, [engagementId], parts))(engagementId),
  );
  const facts: SummaryFacts = { ...parseFacts(stored.facts) };
  const take = <K extends keyof SummaryFacts>(key: K) => {
    facts[key] = read[key];
  };
  for (const part of parts) FACTS_OF_PART[part].forEach(take);
  return facts;
}

/**
 * The facts of engagements whose stored row (`engagement_summary_facts.facts`, null without
 * one) the caller read with them, so a list page reads its facts in its own statement. An
 * engagement without a row yet (stored before this table existed) has its facts read from the
 * tables and stored for next time.
 */
export async function summaryFactsOf(
  db: Kysely<Database>,
  engagements: readonly { id: string; stored_summary_facts: string | null }[],
  now: string,
): Promise<Map<string, SummaryFacts>> {
  const facts = new Map<string, SummaryFacts>();
  const missing: string[] = [];
  for (const { id, stored_summary_facts: stored } of engagements) {
    if (stored === null) missing.push(id);
    else facts.set(id, parseFacts(stored));
  }
  if (missing.length > 0) {
    const read = await summaryFactsFromTables(db, missing);
    await insertMissingSummaryFacts(
      db,
      [...read].map(([id, value]) => ({
        engagement_id: id,
        facts: JSON.stringify(value),
        refreshed_at: now,
      })),
    );
    for (const [id, value] of read) facts.set(id, value);
  }
  return facts;
}

/** The facts of each engagement as the tables hold them now: seven queries for all of them. */
export async function summaryFactsFromTables(
  db: Kysely<Database>,
  engagementIds: string[],
): Promise<Map<string, SummaryFacts>> {
  if (engagementIds.length === 0) return new Map();
  const rows = await readSummaryFactRows(db, engagementIds);
  const of = byEngagement(rows);
  return new Map(engagementIds.map((id) => [id, factsOf(of(id))] as const));
}

function parseFacts(text: string): SummaryFacts {
  return JSON.parse(text) as SummaryFacts;
}

type Grouped = { [K in keyof SummaryFactRows]: SummaryFactRows[K] };

/** The rows of one engagement, each kind sorted by id so the same rows give the same facts. */
function byEngagement(rows: SummaryFactRows): (engagementId: string) => Grouped {
  const groups = new Map<string, Grouped>();
  const groupOf = (id: string) => {
    let group = groups.get(id);
    if (!group) {
      group = {
        versions: [],
        signatures: [],
        submissions: [],
        changeRequests: [],
        invoices: [],
        payments: [],
        creditNotes: [],
      };
      groups.set(id, group);
    }
    return group;
  };
  for (const row of rows.versions) groupOf(row.engagement_id).versions.push(row);
  for (const row of rows.signatures) groupOf(row.engagement_id).signatures.push(row);
  for (const row of rows.submissions) groupOf(row.engagement_id).submissions.push(row);
  for (const row of rows.changeRequests) groupOf(row.engagement_id).changeRequests.push(row);
  for (const row of rows.invoices) groupOf(row.engagement_id).invoices.push(row);
  for (const row of rows.payments) groupOf(row.engagement_id).payments.push(row);
  for (const row of rows.creditNotes) groupOf(row.engagement_id).creditNotes.push(row);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const group of groups.values()) {
    group.versions.sort(byId);
    group.signatures.sort((a, b) => a.side.localeCompare(b.side));
    group.submissions.sort(byId);
    group.changeRequests.sort(byId);
    group.invoices.sort(byId);
    group.payments.sort(byId);
    group.creditNotes.sort(byId);
  }
  const none = groupOf("");
  return (engagementId) => groups.get(engagementId) ?? none;
}

function factsOf(rows: Grouped): SummaryFacts {
  const inForce = rows.versions.find((v) => v.status === "in_force");
  const hasDraft = rows.versions.some((v) => v.status === "draft");
  return {
    inForce: inForce ? progressTermsOf(JSON.parse(inForce.terms) as AgreementTerms) : null,
    draft: hasDraft ? { signedSides: rows.signatures.map((s) => s.side) } : null,
    submissions: rows.submissions.map((s) => ({
      deliverableId: s.deliverable_id,
      round: Number(s.round),
      status: s.status,
      reviewDueAt: s.review_due_at,
    })),
    changeRequests: rows.changeRequests.flatMap((c) =>
      c.status === "proposed" || c.status === "priced" ? [{ status: c.status }] : [],
    ),
    invoices: rows.invoices.flatMap((i) =>
      i.status === "draft" || i.status === "issued" || i.status === "partly_paid"
        ? [
            {
              id: i.id,
              status: i.status,
              currency: i.currency,
              totalMinor: Number(i.total_minor),
              dueDate: i.due_date,
            },
          ]
        : [],
    ),
    payments: rows.payments.map((p) => ({
      invoiceId: p.invoice_id,
      amountMinor: Number(p.amount_minor),
      status: p.status,
      recordedSide: p.recorded_side,
    })),
    creditNotes: rows.creditNotes.map((c) => ({
      invoiceId: c.invoice_id,
      amountMinor: Number(c.amount_minor),
    })),
  };
}

/** The part of the terms the progress reads: milestones and deliverables, nothing else. */
function progressTermsOf(terms: AgreementTerms): SummaryFacts["inForce"] {
  return { milestones: terms.milestones, deliverables: terms.deliverables };
}
