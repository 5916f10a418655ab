import type { Insertable, Kysely, Updateable } from "kysely";
import type { ChangeRequestsTable, Database } from "../../db/schema";
import { pastCursor } from "../../db/keyset";
import type { Cursor } from "../../platform/cursor";
import type { Side } from "../../../domain/engagement/engagement";

function selectChangeRequests(db: Kysely<Database>) {
  return db
    .selectFrom("change_requests as c")
    .innerJoin("users as proposer", "proposer.id", "c.proposed_by")
    .leftJoin("users as pricer", "pricer.id", "c.priced_by")
    .leftJoin("users as decider", "decider.id", "c.decided_by")
    .leftJoin("feedback_notes as n", "n.change_request_id", "c.id")
    .selectAll("c")
    .select([
      "proposer.name as proposed_by_name",
      "pricer.name as priced_by_name",
      "decider.name as decided_by_name",
      "n.id as from_remark_id",
    ]);
}

/**
 * The engagement's change requests, newest (highest number) first: all of them, or `limit`
 * from before a page's last one (its number and id).
 */
export function listChangeRequests(
  db: Kysely<Database>,
  engagementId: string,
  page?: { before?: { number: number; id: string }; limit: number },
) {
  let q = selectChangeRequests(db).where("c.engagement_id", "=", engagementId);
  const before = page?.before;
  if (before) {
    q = q.where(pastCursor("c.number", "c.id", { key: before.number, id: before.id }, "desc"));
  }
  // A number is unique in its engagement; the id orders as every keyset list does.
  q = q.orderBy("c.number", "desc").orderBy("c.id", "desc");
  return (page ? q.limit(page.limit) : q).execute();
}

/** A change request's place in that order, as a page's cursor carries it. */
export function changeRequestCursorOf(cursor: Cursor): { number: number; id: string } | undefined {
  return /^\d{1,9}$/.test(cursor.key) ? { number: Number(cursor.key), id: cursor.id } : undefined;
}
export type ChangeRequestRow = Awaited<ReturnType<typeof listChangeRequests>>[number];

export function findChangeRequest(db: Kysely<Database>, engagementId: string, id: string) {
  return selectChangeRequests(db)
    .where("c.engagement_id", "=", engagementId)
    .where("c.id", "=", id)
    .executeTakeFirst();
}

/** The engagement's change requests nobody has decided yet (proposed or priced), by one side. */
export function listOpenChangesBy(db: Kysely<Database>, engagementId: string, side: Side) {
  return db
    .selectFrom("change_requests")
    .select(["number", "title", "status", "proposed_side as proposedSide"])
    .where("engagement_id", "=", engagementId)
    .where("proposed_side", "=", side)
    .where("status", "in", ["proposed", "priced"])
    .execute();
}

/** The next number in the engagement; callers hold the engagement lock, so numbers never clash. */
export async function nextChangeNumber(db: Kysely<Database>, engagementId: string) {
  const row = await db
    .selectFrom("change_requests")
    .select((eb) => eb.fn.max("number").as("latest"))
    .where("engagement_id", "=", engagementId)
    .executeTakeFirst();
  return Number(row?.latest ?? 0) + 1;
}

export async function insertChangeRequest(
  db: Kysely<Database>,
  row: Insertable<ChangeRequestsTable>,
) {
  await db.insertInto("change_requests").values(row).execute();
}

/** Writes a transition only from the status it was decided from; true when it took. */
export async function updateChangeRequest(
  db: Kysely<Database>,
  id: string,
  fromStatus: ChangeRequestsTable["status"],
  changes: Updateable<ChangeRequestsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("change_requests")
    .set(changes)
    .where("id", "=", id)
    .where("status", "=", fromStatus)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Links a remark to the change made from it, unless another change already took it. */
export async function linkRemark(
  db: Kysely<Database>,
  engagementId: string,
  remarkId: string,
  changeRequestId: string,
): Promise<boolean> {
  const result = await db
    .updateTable("feedback_notes")
    .set({ change_request_id: changeRequestId })
    .where("id", "=", remarkId)
    .where("engagement_id", "=", engagementId)
    .where("change_request_id", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export function findRemark(db: Kysely<Database>, engagementId: string, remarkId: string) {
  return db
    .selectFrom("feedback_notes")
    .selectAll()
    .where("id", "=", remarkId)
    .where("engagement_id", "=", engagementId)
    .executeTakeFirst();
}
