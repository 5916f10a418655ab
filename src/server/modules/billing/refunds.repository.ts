import type { Insertable, Kysely } from "kysely";
import { pastCursor } from "../../db/keyset";
import type { Database, RefundsTable } from "../../db/schema";
import type { RefundStatus } from "../../../domain/billing/refunds";
import type { Cursor } from "../../platform/cursor";

function selectRefunds(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("refunds as r")
    .innerJoin("users as recorder", "recorder.id", "r.recorded_by")
    .leftJoin("users as decider", "decider.id", "r.decided_by")
    .selectAll("r")
    .select(["recorder.name as recorded_by_name", "decider.name as decided_by_name"])
    .where("r.engagement_id", "=", engagementId);
}

/** The engagement's refunds, oldest first. */
export function listRefunds(db: Kysely<Database>, engagementId: string) {
  return selectRefunds(db, engagementId).orderBy("r.recorded_at").orderBy("r.id").execute();
}
export type RefundRow = Awaited<ReturnType<typeof listRefunds>>[number];

/** A page of the engagement's refunds in the order they were recorded: `limit` after the cursor. */
export function listRefundPage(
  db: Kysely<Database>,
  engagementId: string,
  page: { after?: Cursor; limit: number },
) {
  let q = selectRefunds(db, engagementId);
  if (page.after) q = q.where(pastCursor("r.recorded_at", "r.id", page.after, "asc"));
  return q.orderBy("r.recorded_at").orderBy("r.id").limit(page.limit).execute();
}

/**
 * What the engagement's refunds in `currency` add up to, by status, in one aggregate statement:
 * the totals a list of refunds carries without reading every row for each page.
 */
export async function refundTotalsOf(
  db: Kysely<Database>,
  engagementId: string,
  currency: string,
): Promise<Record<RefundStatus, number>> {
  const rows = await db
    .selectFrom("refunds")
    .select((eb) => ["status", eb.fn.sum<string | number | bigint>("amount_minor").as("total")])
    .where("engagement_id", "=", engagementId)
    .where("currency", "=", currency)
    .groupBy("status")
    .execute();
  const totals: Record<RefundStatus, number> = { recorded: 0, confirmed: 0, rejected: 0 };
  for (const row of rows) totals[row.status] = Number(row.total);
  return totals;
}

/**
 * The items (JSON) of every amends offer accepted on the engagement, in any dispute: the refunds
 * agreed there are owed back, so what may still be given back counts them (`moneyBackOf`).
 */
export async function listAcceptedOfferItems(
  db: Kysely<Database>,
  engagementId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom("dispute_offers")
    .select("items")
    .where("engagement_id", "=", engagementId)
    .where("status", "=", "accepted")
    .execute();
  return rows.map((row) => row.items);
}

export function findRefund(db: Kysely<Database>, engagementId: string, refundId: string) {
  return selectRefunds(db, engagementId).where("r.id", "=", refundId).executeTakeFirst();
}

export async function insertRefund(db: Kysely<Database>, row: Insertable<RefundsTable>) {
  await db.insertInto("refunds").values(row).execute();
}

/** Answers a refund only while it awaits an answer; true when this call answered it. */
export async function answerRefundRow(
  db: Kysely<Database>,
  engagementId: string,
  refundId: string,
  answer: { status: "confirmed" | "rejected"; decidedBy: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("refunds")
    .set({ status: answer.status, decided_by: answer.decidedBy, decided_at: answer.at })
    .where("engagement_id", "=", engagementId)
    .where("id", "=", refundId)
    .where("status", "=", "recorded")
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/**
 * Every refund on the organisation's engagements for its accounting, oldest first: those it paid
 * back (a provider, `payee`) or was paid back (a client, `payer`).
 */
export function listRefundsOfOrg(db: Kysely<Database>, orgId: string, role: "payer" | "payee") {
  return db
    .selectFrom("refunds as r")
    .innerJoin("engagements as e", "e.id", "r.engagement_id")
    .select([
      "r.id",
      "r.amount_minor",
      "r.currency",
      "r.paid_on",
      "r.reference",
      "r.status",
      "r.recorded_at",
      "r.decided_at",
      "r.engagement_id",
      "e.title as engagement_title",
    ])
    .where(role === "payer" ? "e.client_org_id" : "e.provider_org_id", "=", orgId)
    .orderBy("r.paid_on")
    .orderBy("r.recorded_at")
    .orderBy("r.id")
    .execute();
}
