import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

export function findOpenCheckIn(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("check_ins")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .where("status", "=", "open")
    .executeTakeFirst();
}

export function listCheckIns(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("check_ins")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .orderBy("period", "desc")
    .execute();
}

export function listAnswerSides(db: Kysely<Database>, checkInIds: readonly string[]) {
  if (checkInIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("check_in_answers")
    .selectAll()
    .where("check_in_id", "in", [...checkInIds])
    .execute();
}

/** Inserts the window unless that period exists already (another sweeper opened it). */
export async function insertCheckIn(
  db: Kysely<Database>,
  row: Database["check_ins"],
): Promise<boolean> {
  const inserted = await db
    .insertInto("check_ins")
    .values(row)
    .onConflict((oc) => oc.columns(["engagement_id", "period"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Closes an open window; false when another process closed it first. */
export async function closeCheckIn(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("check_ins")
    .set({ status: "closed", closed_at: at })
    .where("id", "=", id)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks the reminder sent; false when another process sent it first. */
export async function markReminded(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("check_ins")
    .set({ reminded_at: at })
    .where("id", "=", id)
    .where("status", "=", "open")
    .where("reminded_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function listDueToOpen(db: Kysely<Database>, now: string, limit: number) {
  return db
    .selectFrom("engagement_health as h")
    .innerJoin("engagements as e", "e.id", "h.engagement_id")
    .select(["h.engagement_id", "h.next_check_in_at"])
    .where("e.status", "=", "active")
    .where("h.next_check_in_at", "<=", now)
    .orderBy("h.next_check_in_at")
    .limit(limit)
    .execute();
}

export function listOpenDue(
  db: Kysely<Database>,
  before: string,
  column: "closes_at",
  limit: number,
) {
  return db
    .selectFrom("check_ins")
    .selectAll()
    .where("status", "=", "open")
    .where(column, "<=", before)
    .orderBy(column)
    .limit(limit)
    .execute();
}

export function countCheckIns(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("check_ins")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("engagement_id", "=", engagementId)
    .executeTakeFirstOrThrow();
}

/** The engagement's most recent check-in, open or closed; undefined before the first. */
export function findLatestCheckIn(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("check_ins")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .orderBy("period", "desc")
    .limit(1)
    .executeTakeFirst();
}
