import type { Insertable, Kysely } from "kysely";
import type { ReviewOccasion } from "../../../domain/review/review";
import type {
  Database,
  ReviewRepliesTable,
  ReviewRoundsTable,
  ReviewsTable,
} from "../../db/schema";
import type { Cursor } from "../../platform/cursor";
import { parseEngagementEvent } from "../../../contracts/events";
import { groupBy } from "../../platform/group-by";
import { listEventsOfTypes } from "../ledger/ledger.repository";
import {
  EXIT_START_TYPES,
  exitCompletionOf,
  type OccasionEvent,
} from "../../../domain/review/occasions";
import { pastCursor } from "../../db/keyset";

export function findRound(db: Kysely<Database>, engagementId: string, occasion: ReviewOccasion) {
  return db
    .selectFrom("review_rounds")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .where("occasion_kind", "=", occasion.kind)
    .where("occasion_ref", "=", occasion.ref)
    .executeTakeFirst();
}

export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

/** Creates the round unless a concurrent writer did; returns the one that exists. */
export async function ensureRound(
  db: Kysely<Database>,
  row: Insertable<ReviewRoundsTable>,
): Promise<RoundRow> {
  await db
    .insertInto("review_rounds")
    .values(row)
    .onConflict((oc) => oc.columns(["engagement_id", "occasion_kind", "occasion_ref"]).doNothing())
    .execute();
  const round = await findRound(db, row.engagement_id, {
    kind: row.occasion_kind,
    ref: row.occasion_ref,
  });
  if (!round) throw new Error("review round vanished after insert");
  return round;
}

export function listRoundsOfEngagement(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("review_rounds")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .orderBy("opened_at")
    .orderBy("id")
    .execute();
}

export async function insertReview(db: Kysely<Database>, row: Insertable<ReviewsTable>) {
  await db.insertInto("reviews").values(row).execute();
}

export function listReviewsOfEngagement(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("reviews as r")
    .leftJoin("review_replies as p", "p.review_id", "r.id")
    .selectAll("r")
    .select([
      "p.body as reply_body",
      "p.created_at as reply_created_at",
      "p.record_notes as reply_record_notes",
    ])
    .where("r.engagement_id", "=", engagementId)
    .orderBy("r.submitted_at")
    .orderBy("r.id")
    .execute();
}

export type ReviewWithReplyRow = Awaited<ReturnType<typeof listReviewsOfEngagement>>[number];

export function findReview(db: Kysely<Database>, engagementId: string, reviewId: string) {
  return db
    .selectFrom("reviews as r")
    .innerJoin("review_rounds as d", "d.id", "r.round_id")
    .leftJoin("review_replies as p", "p.review_id", "r.id")
    .selectAll("r")
    .select(["d.published_at", "p.review_id as reply_id"])
    .where("r.engagement_id", "=", engagementId)
    .where("r.id", "=", reviewId)
    .executeTakeFirst();
}

export function findReviewAnywhere(db: Kysely<Database>, reviewId: string) {
  return db.selectFrom("reviews").selectAll().where("id", "=", reviewId).executeTakeFirst();
}

export function listSidesOfRound(db: Kysely<Database>, roundId: string) {
  return db.selectFrom("reviews").select("reviewer_side").where("round_id", "=", roundId).execute();
}

/** Publishes the round once: the condition keeps two sweepers from publishing it twice. */
export async function publishRound(
  db: Kysely<Database>,
  roundId: string,
  publishedAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable("review_rounds")
    .set({ published_at: publishedAt })
    .where("id", "=", roundId)
    .where("published_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Rounds still blind whose window has closed. */
export function listRoundsDue(db: Kysely<Database>, now: string, limit: number) {
  return db
    .selectFrom("review_rounds")
    .selectAll()
    .where("published_at", "is", null)
    .where("closes_at", "<=", now)
    .orderBy("closes_at")
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Inserts the one reply; false when a reply exists already. */
export async function insertReply(
  db: Kysely<Database>,
  row: Insertable<ReviewRepliesTable>,
): Promise<boolean> {
  const result = await db
    .insertInto("review_replies")
    .values(row)
    .onConflict((oc) => oc.column("review_id").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Hides a review not hidden yet; false when it already was (another moderator came first). */
export async function hideReview(
  db: Kysely<Database>,
  reviewId: string,
  values: { hidden_reason: string; hidden_by: string; hidden_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("reviews")
    .set(values)
    .where("id", "=", reviewId)
    .where("hidden_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** What the ledger holds that a "never delivered" or "never paid" claim can be checked against. */
export async function readRecordFacts(db: Kysely<Database>, engagementId: string) {
  const deliveries = await db
    .selectFrom("submissions")
    .select((eb) => [eb.fn.countAll<number | string>().as("n"), eb.fn.max("decided_at").as("last")])
    .where("engagement_id", "=", engagementId)
    .where("status", "in", ["accepted", "deemed_accepted"])
    .executeTakeFirstOrThrow();
  const payments = await db
    .selectFrom("payments")
    .select((eb) => [eb.fn.countAll<number | string>().as("n"), eb.fn.max("decided_at").as("last")])
    .where("engagement_id", "=", engagementId)
    .where("status", "=", "confirmed")
    .executeTakeFirstOrThrow();
  return {
    deliveriesAccepted: Number(deliveries.n),
    lastDeliveryAcceptedAt: deliveries.last ?? null,
    paymentsConfirmed: Number(payments.n),
    lastPaymentConfirmedAt: payments.last ?? null,
  };
}

const PRESSURE_EVENT_TYPES = ["invoice.reminder_sent", "invoice.issued", "dispute.opened"] as const;

/** The ledger's pressure steps: payment reminders, late-interest claims and disputes. */
export function listPressureEvents(db: Kysely<Database>, engagementId: string) {
  return listEventsOfTypes(db, engagementId, PRESSURE_EVENT_TYPES);
}

/**
 * The newest reviews on engagements whose ledger holds any pressure step, after the cursor's
 * review (newest first, ties by id): the candidates for a moderator's closer look, which the
 * timing rule then sorts out. Each with its engagement's title and both organisations' names.
 */
export function listReviewsNearPressure(
  db: Kysely<Database>,
  query: { before?: Cursor; limit: number },
) {
  let q = db
    .selectFrom("reviews as r")
    .innerJoin("review_rounds as d", "d.id", "r.round_id")
    .innerJoin("engagements as e", "e.id", "r.engagement_id")
    .innerJoin("organisations as reviewer", "reviewer.id", "r.reviewer_org_id")
    .innerJoin("organisations as reviewed", "reviewed.id", "r.reviewed_org_id")
    .select([
      "r.id",
      "r.engagement_id",
      "r.reviewer_side",
      "r.reviewer_org_id",
      "r.reviewed_org_id",
      "r.body",
      "r.submitted_at",
      "r.hidden_at",
      "d.published_at",
      "e.title as engagement_title",
      "reviewer.name as reviewer_org_name",
      "reviewed.name as reviewed_org_name",
    ])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("engagement_events as v")
          .select("v.id")
          .whereRef("v.engagement_id", "=", "r.engagement_id")
          .where("v.type", "in", [...PRESSURE_EVENT_TYPES]),
      ),
    );
  const before = query.before;
  if (before) {
    q = q.where(pastCursor("r.submitted_at", "r.id", before, "desc"));
  }
  return q.orderBy("r.submitted_at", "desc").orderBy("r.id", "desc").limit(query.limit).execute();
}

/**
 * Engagements of the organisation that reached a review occasion, with the other party: an
 * accepted milestone, an amicable end, or an exit whose date has come (`exitCompletionOf`).
 */
export async function listReviewableEngagements(db: Kysely<Database>, orgId: string, now: Date) {
  const ofOrganisation = db
    .selectFrom("engagements as e")
    .where((eb) => eb.or([eb("e.client_org_id", "=", orgId), eb("e.provider_org_id", "=", orgId)]));
  const reached = await ofOrganisation
    .select(["e.id", "e.client_org_id", "e.provider_org_id"])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("engagement_events as v")
          .select("v.id")
          .whereRef("v.engagement_id", "=", "e.id")
          .where("v.type", "in", ["milestone.accepted", "exit.ended_amicably"]),
      ),
    )
    .orderBy("e.id")
    .execute();
  const exitStarts = await ofOrganisation
    .innerJoin("engagement_events as v", "v.engagement_id", "e.id")
    .select([
      "e.id",
      "e.client_org_id",
      "e.provider_org_id",
      "v.type",
      "v.payload",
      "v.occurred_at",
    ])
    .where("v.type", "in", EXIT_START_TYPES)
    .orderBy("e.id")
    .orderBy("v.seq")
    .execute();
  const exited = groupBy(exitStarts, (row) => row.id);
  const reachedIds = new Set(reached.map((r) => r.id));
  const byExitDate = [...exited.values()].flatMap((rows) => {
    const first = rows[0];
    if (!first || reachedIds.has(first.id)) return [];
    // The query asked for exit starts only, so each parsed event is one of the occasion events.
    const events = rows.map(
      (row) =>
        ({
          ...parseEngagementEvent(row.type, JSON.parse(row.payload)),
          occurredAt: row.occurred_at,
        }) as OccasionEvent,
    );
    return exitCompletionOf(events, now) ? [first] : [];
  });
  return [...reached, ...byExitDate].map((r) => ({
    engagementId: r.id,
    counterpartyOrgId: (r.client_org_id === orgId ? r.provider_org_id : r.client_org_id) ?? "",
  }));
}

/** Published, unhidden reviews: of one organisation, or of every organisation of a kind. */
export function listPublishedReviewsOf(
  db: Kysely<Database>,
  target: { orgId: string } | { kind: "client" | "provider" },
) {
  let query = db
    .selectFrom("reviews as r")
    .innerJoin("review_rounds as d", "d.id", "r.round_id")
    .select(["r.engagement_id", "r.mean_stars"])
    .where("d.published_at", "is not", null)
    .where("r.hidden_at", "is", null);
  query =
    "orgId" in target
      ? query.where("r.reviewed_org_id", "=", target.orgId)
      : query.where("r.reviewer_side", "=", target.kind === "provider" ? "client" : "provider");
  return query.execute();
}
