import { sql, type Kysely } from "kysely";
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

/**
 * Records that the window closes without a reminder (the work completed while it was open), so
 * it leaves `listAwaitingReminder`; false when another process decided it first.
 */
export async function markReminderSkipped(
  db: Kysely<Database>,
  id: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable("check_ins")
    .set({ reminder_skipped_at: at })
    .where("id", "=", id)
    .where("status", "=", "open")
    .where("reminded_at", "is", null)
    .where("reminder_skipped_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks the reminder sent; false when another process sent or skipped it first. */
export async function markReminded(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("check_ins")
    .set({ reminded_at: at })
    .where("id", "=", id)
    .where("status", "=", "open")
    .where("reminded_at", "is", null)
    .where("reminder_skipped_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Engagements whose next check-in is due, oldest first; equal times by engagement id. The
 * sweeper draws each window's id in this order, so a tie left to the database (PostgreSQL
 * returns equal keys in any order: a vacuum or another plan changes it) gave engagements each
 * other's check-in ids from one run of a seed to the next (issue 15). The relationship ends on
 * its exit date (or amicably before it): no window opens after that.
 */
export function listDueToOpen(db: Kysely<Database>, now: string, limit: number) {
  return db
    .selectFrom("engagement_health as h")
    .innerJoin("engagements as e", "e.id", "h.engagement_id")
    .select(["h.engagement_id", "h.next_check_in_at"])
    .where("e.status", "=", "active")
    .where("h.next_check_in_at", "<=", now)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("exits as x")
            .select(sql`1`.as("one"))
            .whereRef("x.engagement_id", "=", "e.id")
            .where((w) =>
              w.or([
                w("x.exit_date", "<=", now.slice(0, 10)),
                w("x.ended_amicably_at", "is not", null),
              ]),
            ),
        ),
      ),
    )
    .orderBy("h.next_check_in_at")
    .orderBy("h.engagement_id")
    .limit(limit)
    .execute();
}

/** Open windows due by `before`, oldest first; equal times by id (the order events are drawn). */
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
    .orderBy("id")
    .limit(limit)
    .execute();
}

/**
 * Open windows still waiting for their reminder (neither sent nor skipped) that close after
 * `after` and by `before`, soonest first; equal times by id. Only those: windows reminded or
 * skipped filled the sweep's bounded page until they closed, and the ones behind them waited
 * (read through the partial index `check_ins_reminder_due_idx`).
 */
export function listAwaitingReminder(
  db: Kysely<Database>,
  after: string,
  before: string,
  limit: number,
) {
  return (
    db
      .selectFrom("check_ins")
      .select(["id", "engagement_id", "period", "closes_at"])
      // A literal, not a parameter: a database uses a partial index only for a query whose terms
      // imply the index's own (SQLite always, PostgreSQL once it plans a prepared statement alone).
      .where("status", "=", sql.lit("open"))
      .where("reminded_at", "is", null)
      .where("reminder_skipped_at", "is", null)
      .where("closes_at", ">", after)
      .where("closes_at", "<=", before)
      .orderBy("closes_at")
      .orderBy("id")
      .limit(limit)
      .execute()
  );
}

/** What the sweep decides a check-in with: the stored health state and its next window's time. */
export function findCheckInSchedule(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("engagement_health")
    .select(["next_check_in_at", "state"])
    .where("engagement_id", "=", engagementId)
    .executeTakeFirst();
}

/** Stores when the engagement's next window opens (null: none will). */
export async function setNextCheckInAt(
  db: Kysely<Database>,
  engagementId: string,
  nextCheckInAt: string | null,
): Promise<void> {
  await db
    .updateTable("engagement_health")
    .set({ next_check_in_at: nextCheckInAt })
    .where("engagement_id", "=", engagementId)
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
