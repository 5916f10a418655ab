import { sql, type Insertable, type Kysely, type Selectable } from "kysely";
import type { CheckInFact } from "../../../domain/health/facts";
import type { DialectName } from "../../db/connect";
import type {
  CheckInAnswersTable,
  Database,
  EngagementHealthTable,
  OrganisationHealthTable,
} from "../../db/schema";

export function findEngagementHealth(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("engagement_health")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .executeTakeFirst();
}

export function findEngagementParties(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("engagements")
    .select(["id", "client_org_id", "provider_org_id", "created_at", "status"])
    .where("id", "=", engagementId)
    .executeTakeFirst();
}

export function listEventsAfter(db: Kysely<Database>, engagementId: string, seq: number) {
  return db
    .selectFrom("engagement_events")
    .select(["seq", "type", "occurred_at", "actor_org_id", "payload"])
    .where("engagement_id", "=", engagementId)
    .where("seq", ">", seq)
    .orderBy("seq")
    .execute();
}

type CheckInAnswerRow = Pick<
  Selectable<CheckInAnswersTable>,
  "check_in_id" | "side" | "org_id" | "relationship_rating" | "counterpart_rating" | "answered_at"
>;

function checkInFactOf(row: CheckInAnswerRow): CheckInFact {
  return {
    checkInId: row.check_in_id,
    side: row.side,
    raterOrgId: row.org_id,
    relationshipRating: Number(row.relationship_rating),
    counterpartRating: Number(row.counterpart_rating),
    answeredAt: row.answered_at,
  };
}

/** The answers of closed check-ins, as the model reads them. */
export async function answersOfCheckIns(
  db: Kysely<Database>,
  checkInIds: readonly string[],
): Promise<CheckInFact[]> {
  if (checkInIds.length === 0) return [];
  const rows = await db
    .selectFrom("check_in_answers")
    .selectAll()
    .where("check_in_id", "in", [...checkInIds])
    .orderBy("answered_at")
    .orderBy("side")
    .execute();
  return rows.map(checkInFactOf);
}

export async function saveEngagementHealth(
  db: Kysely<Database>,
  row: Insertable<EngagementHealthTable>,
): Promise<void> {
  await db
    .insertInto("engagement_health")
    .values(row)
    .onConflict((oc) => oc.column("engagement_id").doUpdateSet({ ...row }))
    .execute();
}

/** An engagement's stored health replaced (the row exists): a plain update, cheaper to build. */
export async function updateEngagementHealth(
  db: Kysely<Database>,
  row: Insertable<EngagementHealthTable>,
): Promise<void> {
  const { engagement_id: engagementId, ...values } = row;
  await db
    .updateTable("engagement_health")
    .set(values)
    .where("engagement_id", "=", engagementId)
    .execute();
}

export async function saveOrganisationHealth(
  db: Kysely<Database>,
  row: Insertable<OrganisationHealthTable>,
): Promise<void> {
  await db
    .insertInto("organisation_health")
    .values(row)
    .onConflict((oc) => oc.columns(["org_id", "side"]).doUpdateSet({ ...row }))
    .execute();
}

export async function recordHistory(
  db: Kysely<Database>,
  row: Database["health_history"],
): Promise<void> {
  await db
    .insertInto("health_history")
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(["subject_kind", "subject_id", "side", "day"])
        .doUpdateSet({ score: row.score, recorded_at: row.recorded_at }),
    )
    .execute();
}

export function readCohortRow(db: Kysely<Database>) {
  return db.selectFrom("health_cohort").selectAll().where("id", "=", "current").executeTakeFirst();
}

export async function saveCohort(db: Kysely<Database>, data: string, at: string): Promise<void> {
  await db
    .insertInto("health_cohort")
    .values({ id: "current", data, computed_at: at })
    .onConflict((oc) => oc.column("id").doUpdateSet({ data, computed_at: at }))
    .execute();
}

export function listOrganisationHealth(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom("organisation_health")
    .selectAll()
    .where("org_id", "=", orgId)
    .orderBy("side")
    .execute();
}

export function listHistory(
  db: Kysely<Database>,
  kind: "engagement" | "organisation",
  subjectId: string,
) {
  return db
    .selectFrom("health_history")
    .select(["side", "day", "score"])
    .where("subject_kind", "=", kind)
    .where("subject_id", "=", subjectId)
    .orderBy("day")
    .orderBy("side")
    .execute();
}

/** An organisation side's row, created blank (no score) if it has none yet, so it can be locked. */
export async function ensureOrganisationHealth(
  db: Kysely<Database>,
  orgId: string,
  side: "client" | "provider",
  now: string,
): Promise<void> {
  await db
    .insertInto("organisation_health")
    .values({
      org_id: orgId,
      side,
      score: null,
      is_new: 1,
      engagement_count: 0,
      counterparty_count: 0,
      explanation: "{}",
      computed_at: now,
      sums: "{}",
    })
    .onConflict((oc) => oc.columns(["org_id", "side"]).doNothing())
    .execute();
}

/**
 * An organisation side's sums, locked for the rest of the transaction on PostgreSQL (SQLite has
 * one writer already) so two engagements' events never lose each other's change.
 */
export function lockOrganisationSums(
  db: Kysely<Database>,
  dialect: DialectName,
  orgId: string,
  side: "client" | "provider",
) {
  return db
    .selectFrom("organisation_health")
    .select(["sums", "counterparty_count", "score", "computed_at"])
    .where("org_id", "=", orgId)
    .where("side", "=", side)
    .$if(dialect === "postgres", (qb) => qb.forUpdate())
    .executeTakeFirst();
}

/** Adds `change` to the pair's number of engagements inside the window; the new number. */
export async function bumpCounterpartyPair(
  db: Kysely<Database>,
  key: { orgId: string; side: "client" | "provider"; counterpartyOrgId: string },
  change: number,
): Promise<number> {
  const row = await db
    .insertInto("organisation_health_counterparties")
    .values({
      org_id: key.orgId,
      side: key.side,
      counterparty_org_id: key.counterpartyOrgId,
      engagement_count: change,
    })
    .onConflict((oc) =>
      oc.columns(["org_id", "side", "counterparty_org_id"]).doUpdateSet({
        engagement_count: sql<number>`organisation_health_counterparties.engagement_count + ${change}`,
      }),
    )
    .returning("engagement_count")
    .executeTakeFirstOrThrow();
  const count = Number(row.engagement_count);
  if (count <= 0) {
    await db
      .deleteFrom("organisation_health_counterparties")
      .where("org_id", "=", key.orgId)
      .where("side", "=", key.side)
      .where("counterparty_org_id", "=", key.counterpartyOrgId)
      .execute();
  }
  return count;
}

/** Rescore's end: every organisation side's row and counterparty pairs replaced at once. */
export async function replaceOrganisationHealth(
  db: Kysely<Database>,
  rows: readonly Insertable<OrganisationHealthTable>[],
  pairs: readonly Database["organisation_health_counterparties"][],
): Promise<void> {
  await db.deleteFrom("organisation_health_counterparties").execute();
  await db.deleteFrom("organisation_health").execute();
  for (let at = 0; at < rows.length; at += 500) {
    await db
      .insertInto("organisation_health")
      .values(rows.slice(at, at + 500))
      .execute();
  }
  for (let at = 0; at < pairs.length; at += 1000) {
    await db
      .insertInto("organisation_health_counterparties")
      .values(pairs.slice(at, at + 1000))
      .execute();
  }
}

/** Every engagement with both parties, for `accord rescore`. */
export function listAllParties(db: Kysely<Database>) {
  return db
    .selectFrom("engagements")
    .select(["id", "client_org_id", "provider_org_id", "created_at"])
    .orderBy("id")
    .execute();
}

/** Engagements whose id lies in `[first, last]`: a batch of `accord rescore`, by key range. */
export interface IdRange {
  first: string;
  last: string;
}

/**
 * The ledgers of a range of engagements, each in order (the unique index on engagement and seq
 * serves it). Payloads come only for `payloadTypes`: of the others the reader needs the time.
 * On SQLite the rows stream, so few are alive at once (the connection is held until the last:
 * no other query may run meanwhile); PostgreSQL, without a cursor driver here, reads the range
 * in one answer.
 */
export async function* streamLedgersInRange(
  db: Kysely<Database>,
  dialect: DialectName,
  range: IdRange,
  payloadTypes: readonly string[],
) {
  const query = ledgersInRange(db, range, payloadTypes);
  if (dialect === "sqlite") yield* query.stream(1000);
  else yield* await query.execute();
}

function ledgersInRange(db: Kysely<Database>, range: IdRange, payloadTypes: readonly string[]) {
  return db
    .selectFrom("engagement_events")
    .select((eb) => [
      "engagement_id",
      "seq",
      "type",
      "occurred_at",
      "actor_org_id",
      eb
        .case()
        .when("type", "in", [...payloadTypes])
        .then(eb.ref("payload"))
        .else(null)
        .end()
        .as("payload"),
    ])
    .where("engagement_id", ">=", range.first)
    .where("engagement_id", "<=", range.last)
    .orderBy("engagement_id")
    .orderBy("seq");
}

export function listAgreementVersionsInRange(db: Kysely<Database>, range: IdRange) {
  return db
    .selectFrom("agreement_versions")
    .select(["engagement_id", "version", "terms"])
    .where("engagement_id", ">=", range.first)
    .where("engagement_id", "<=", range.last)
    .execute();
}

/** The check-in answers of a range of engagements, as `answersOfCheckIns` orders them. */
export async function listAnswersInRange(
  db: Kysely<Database>,
  range: IdRange,
): Promise<CheckInFact[]> {
  const rows = await db
    .selectFrom("check_in_answers as a")
    .innerJoin("check_ins as c", "c.id", "a.check_in_id")
    .select([
      "a.check_in_id",
      "a.side",
      "a.org_id",
      "a.relationship_rating",
      "a.counterpart_rating",
      "a.answered_at",
    ])
    .where("c.engagement_id", ">=", range.first)
    .where("c.engagement_id", "<=", range.last)
    .orderBy("a.answered_at")
    .orderBy("a.side")
    .execute();
  return rows.map(checkInFactOf);
}

export function listWarningsInRange(db: Kysely<Database>, range: IdRange) {
  return db
    .selectFrom("engagement_health")
    .select(["engagement_id", "warnings"])
    .where("engagement_id", ">=", range.first)
    .where("engagement_id", "<=", range.last)
    .execute();
}

/**
 * Stores an explanation built on reading, unless the row moved on meanwhile (another event or
 * the sweep assessed it again): then the next reader builds the newer one.
 */
export async function saveExplanation(
  db: Kysely<Database>,
  row: { engagement_id: string; event_seq: number; computed_at: string },
  explanation: string,
): Promise<void> {
  await db
    .updateTable("engagement_health")
    .set({ explanation })
    .where("engagement_id", "=", row.engagement_id)
    .where("event_seq", "=", row.event_seq)
    .where("computed_at", "=", row.computed_at)
    .where("explanation", "=", "")
    .execute();
}

/** Many engagements' stored health at once (a batch of `accord rescore`). */
export async function saveEngagementHealthRows(
  db: Kysely<Database>,
  rows: readonly Insertable<EngagementHealthTable>[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("engagement_health")
    .values([...rows])
    .onConflict((oc) =>
      oc.column("engagement_id").doUpdateSet((eb) => ({
        client_org_id: eb.ref("excluded.client_org_id"),
        provider_org_id: eb.ref("excluded.provider_org_id"),
        state: eb.ref("excluded.state"),
        event_seq: eb.ref("excluded.event_seq"),
        provider_score: eb.ref("excluded.provider_score"),
        client_score: eb.ref("excluded.client_score"),
        explanation: eb.ref("excluded.explanation"),
        warnings: eb.ref("excluded.warnings"),
        next_check_in_at: eb.ref("excluded.next_check_in_at"),
        computed_at: eb.ref("excluded.computed_at"),
        org_shares: eb.ref("excluded.org_shares"),
      })),
    )
    .execute();
}

/** Many history points at once; the latest computation of a day wins, as in `recordHistory`. */
export async function recordHistoryRows(
  db: Kysely<Database>,
  rows: readonly Database["health_history"][],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("health_history")
    .values([...rows])
    .onConflict((oc) =>
      oc.columns(["subject_kind", "subject_id", "side", "day"]).doUpdateSet((eb) => ({
        score: eb.ref("excluded.score"),
        recorded_at: eb.ref("excluded.recorded_at"),
      })),
    )
    .execute();
}
