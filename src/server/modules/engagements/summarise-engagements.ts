import type { Kysely } from "kysely";
import {
  summariseEngagement,
  type EngagementSummary,
  type SummaryFacts,
} from "../../../domain/engagement/engagement-summary";
import type { Database } from "../../db/schema";
import { parseTerms } from "../agreements/canonical-terms";
import { readSummaryFacts, type SummaryRows } from "./engagement-summaries.repository";

/** Each engagement of a page at a glance (see `summariseEngagement`), read in one batch. */
export async function summariseEngagements(
  db: Kysely<Database>,
  engagementIds: string[],
  today: string,
): Promise<Map<string, EngagementSummary>> {
  if (engagementIds.length === 0) return new Map();
  const rows = await readSummaryFacts(db, engagementIds);
  return new Map(
    engagementIds.map((id) => [id, summariseEngagement(factsOf(rows, id), today)] as const),
  );
}

function factsOf(rows: SummaryRows, engagementId: string): SummaryFacts {
  const mine = <T extends { engagement_id: string }>(list: T[]) =>
    list.filter((row) => row.engagement_id === engagementId);
  const versions = mine(rows.versions);
  const inForce = versions.find((v) => v.status === "in_force");
  const hasDraft = versions.some((v) => v.status === "draft");
  return {
    inForce: inForce ? parseTerms(inForce.terms) : null,
    draft: hasDraft ? { signedSides: mine(rows.signatures).map((s) => s.side) } : null,
    submissions: mine(rows.submissions).map((s) => ({
      deliverableId: s.deliverable_id,
      round: s.round,
      status: s.status,
      reviewDueAt: s.review_due_at,
    })),
    changeRequests: mine(rows.changeRequests).flatMap((c) =>
      c.status === "proposed" || c.status === "priced" ? [{ status: c.status }] : [],
    ),
    invoices: mine(rows.invoices).flatMap((i) =>
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
    payments: mine(rows.payments).map((p) => ({
      invoiceId: p.invoice_id,
      amountMinor: Number(p.amount_minor),
      status: p.status,
      recordedSide: p.recorded_side,
    })),
    creditNotes: mine(rows.creditNotes).map((c) => ({
      invoiceId: c.invoice_id,
      amountMinor: Number(c.amount_minor),
    })),
  };
}
