import { sql, type Insertable, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { listEventsWithActors } from "../ledger/ledger.repository";
import { toEngagementEvent } from "../../kernel/stored-events";

export type RelationshipReviewRow = Database["relationship_reviews"];
export type ReviewAnswerRow = Database["relationship_review_answers"];

/** Events that start something new: a stagnating engagement has none of them lately. */
export const INITIATIVE_TYPES = [
  "goal.set",
  "agreement.amendment_opened",
  "milestone.accepted",
  "change_request.proposed",
  "next_phase.offered",
] as const;

/**
 * The next active engagements, in id order, that the stagnation sweep has not judged `today`:
 * it goes on after the last one judged today, so each sweep reads `size` engagements however
 * many there are (rereading every engagement that did not qualify, each sweep, blocked a
 * server for seconds at a million engagements). An engagement created today with a lower id
 * waits for tomorrow's pass; it cannot have been quiet for long anyway.
 */
export async function listStagnationWindow(
  db: Kysely<Database>,
  today: string,
  size: number,
): Promise<string[]> {
  const lastJudged = await db
    .selectFrom("stagnation_checks")
    .select((eb) => eb.fn.max("engagement_id").as("id"))
    .where("checked_on", "=", today)
    .executeTakeFirst();
  const rows = await db
    .selectFrom("engagements")
    .select("id")
    .where("status", "=", "active")
    .where("id", ">", lastJudged?.id ?? "")
    .orderBy("id")
    .limit(size)
    .execute();
  return rows.map((row) => row.id);
}

/** Marks engagements judged `today`, so the day's later sweeps go on after them. */
export async function markAllJudged(
  db: Kysely<Database>,
  engagementIds: readonly string[],
  today: string,
): Promise<void> {
  if (engagementIds.length === 0) return;
  await db
    .insertInto("stagnation_checks")
    .values(engagementIds.map((id) => ({ engagement_id: id, checked_on: today })))
    .onConflict((oc) => oc.column("engagement_id").doUpdateSet({ checked_on: today }))
    .execute();
}

/**
 * Those of `engagementIds` that may have stagnated on `now`: an agreement in force since
 * before `quietSince`, no initiative since then, nobody gave notice, no review open and none
 * opened since `cooledSince`.
 * A cheap filter in SQL; the pure rule then decides on each one's fold. Under notice the sides
 * are parting ways, which is no inertia to review.
 */
export function listStagnationCandidates(
  db: Kysely<Database>,
  engagementIds: readonly string[],
  bounds: { quietSince: string; cooledSince: string },
) {
  return db
    .selectFrom("engagements as e")
    .select("e.id")
    .where("e.id", "in", engagementIds)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("engagement_events as ev")
          .select(sql`1`.as("one"))
          .whereRef("ev.engagement_id", "=", "e.id")
          .where("ev.type", "=", "agreement.in_force")
          .where("ev.occurred_at", "<=", bounds.quietSince),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("engagement_events as ev")
            .select(sql`1`.as("one"))
            .whereRef("ev.engagement_id", "=", "e.id")
            .where("ev.type", "in", INITIATIVE_TYPES)
            .where("ev.occurred_at", ">", bounds.quietSince),
        ),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("exits as x")
            .select(sql`1`.as("one"))
            .whereRef("x.engagement_id", "=", "e.id"),
        ),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("relationship_reviews as r")
            .select(sql`1`.as("one"))
            .whereRef("r.engagement_id", "=", "e.id")
            .where((w) =>
              w.or([w("r.revealed_at", "is", null), w("r.opened_at", ">", bounds.cooledSince)]),
            ),
        ),
      ),
    )
    .orderBy("e.id")
    .execute();
}

/** The engagement's events with their times, as members of the catalogue. */
export async function listTimedEvents(db: Kysely<Database>, engagementId: string) {
  const rows = await listEventsWithActors(db, engagementId);
  return rows.map((row) => toEngagementEvent(row));
}

/**
 * Both sides' mean relationship rating per closed check-in, oldest first: the only thing the
 * stagnation rule reads of private answers, and it never leaves the server.
 */
export async function listCheckInMeans(
  db: Kysely<Database>,
  engagementId: string,
): Promise<number[]> {
  const rows = await db
    .selectFrom("check_ins as c")
    .innerJoin("check_in_answers as a", "a.check_in_id", "c.id")
    .select(["c.period", (eb) => eb.fn.avg<number>("a.relationship_rating").as("mean")])
    .where("c.engagement_id", "=", engagementId)
    .where("c.status", "=", "closed")
    .groupBy("c.period")
    .orderBy("c.period")
    .execute();
  return rows.map((r) => Number(r.mean));
}

export function listReviews(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("relationship_reviews")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .orderBy("opened_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

export function findReview(db: Kysely<Database>, engagementId: string, reviewId: string) {
  return db
    .selectFrom("relationship_reviews")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .where("id", "=", reviewId)
    .executeTakeFirst();
}

export async function insertReview(
  db: Kysely<Database>,
  row: Insertable<RelationshipReviewRow>,
): Promise<void> {
  await db.insertInto("relationship_reviews").values(row).execute();
}

export function listReviewAnswers(db: Kysely<Database>, reviewIds: readonly string[]) {
  if (reviewIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("relationship_review_answers")
    .selectAll()
    .where("review_id", "in", reviewIds)
    .execute();
}

export async function insertReviewAnswer(
  db: Kysely<Database>,
  row: Insertable<ReviewAnswerRow>,
): Promise<void> {
  await db.insertInto("relationship_review_answers").values(row).execute();
}

/** Reveals a review once: false when another writer already did. */
export async function markRevealed(
  db: Kysely<Database>,
  reviewId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable("relationship_reviews")
    .set({ revealed_at: at })
    .where("id", "=", reviewId)
    .where("revealed_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
