import type { Insertable, Kysely, Updateable } from "kysely";
import type { Database, ExitFeedbackTable, ExitsTable, HandOverItemsTable } from "../../db/schema";

export async function insertExit(db: Kysely<Database>, row: Insertable<ExitsTable>) {
  await db.insertInto("exits").values(row).execute();
}

export function findExit(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("exits")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .executeTakeFirst();
}

export async function insertHandOverItems(
  db: Kysely<Database>,
  rows: Insertable<HandOverItemsTable>[],
) {
  if (rows.length > 0) await db.insertInto("hand_over_items").values(rows).execute();
}

export function listHandOverItems(db: Kysely<Database>, exitId: string) {
  return db
    .selectFrom("hand_over_items")
    .selectAll()
    .where("exit_id", "=", exitId)
    .orderBy("item_key")
    .execute();
}

/** Ticks the item only if it is still open; false when it was already done. */
export async function markHandOverItemDone(
  db: Kysely<Database>,
  itemId: string,
  doneBy: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable("hand_over_items")
    .set({ done_at: at, done_by: doneBy })
    .where("id", "=", itemId)
    .where("done_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function listExitFeedback(db: Kysely<Database>, exitId: string) {
  return db
    .selectFrom("exit_feedback")
    .selectAll()
    .where("exit_id", "=", exitId)
    .orderBy("side")
    .execute();
}

export async function insertExitFeedback(db: Kysely<Database>, row: Insertable<ExitFeedbackTable>) {
  await db.insertInto("exit_feedback").values(row).execute();
}

/** Records the amicable end once; false when it was already recorded. */
export async function markEndedAmicably(
  db: Kysely<Database>,
  exitId: string,
  at: string,
  isDoorOpen: boolean,
): Promise<boolean> {
  const result = await db
    .updateTable("exits")
    .set({ ended_amicably_at: at, is_door_open: isDoorOpen ? 1 : 0 })
    .where("id", "=", exitId)
    .where("ended_amicably_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Exits not yet ended amicably, for the sweeper to look at again (a payment may have settled). */
export function listOpenExits(db: Kysely<Database>) {
  return db
    .selectFrom("exits")
    .select(["id", "engagement_id"])
    .where("ended_amicably_at", "is", null)
    .execute();
}

/** Turns the running exit into a protected one: see `protectRunningExit`. */
export async function makeExitProtected(
  db: Kysely<Database>,
  exitId: string,
  values: Pick<
    Updateable<ExitsTable>,
    "given_side" | "given_by" | "given_on" | "exit_date" | "note"
  >,
  dueDates: readonly { key: string; dueDate: string }[],
): Promise<void> {
  await db
    .updateTable("exits")
    .set({ ...values, reason: "protected", cure_by: null, is_notice_waived: 1 })
    .where("id", "=", exitId)
    .execute();
  for (const item of dueDates) {
    await db
      .updateTable("hand_over_items")
      .set({ due_date: item.dueDate })
      .where("exit_id", "=", exitId)
      .where("item_key", "=", item.key)
      .where("done_at", "is", null)
      .execute();
  }
}

/**
 * Each amends offer accepted on the engagement (its items, JSON) with its dispute's number, in
 * the disputes' order: the final settlement takes their refunds off.
 */
export async function listAcceptedOffersByDispute(
  db: Kysely<Database>,
  engagementId: string,
): Promise<{ disputeNumber: number; items: string }[]> {
  const rows = await db
    .selectFrom("dispute_offers")
    .innerJoin("disputes", "disputes.id", "dispute_offers.dispute_id")
    .select(["disputes.number", "dispute_offers.items"])
    .where("dispute_offers.engagement_id", "=", engagementId)
    .where("dispute_offers.status", "=", "accepted")
    .orderBy("disputes.number")
    .orderBy("dispute_offers.id")
    .execute();
  return rows.map((row) => ({ disputeNumber: Number(row.number), items: row.items }));
}
