import type { Kysely } from "kysely";
import type { CheckInFact } from "../../../domain/health/facts";
import type { Database } from "../../db/schema";

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
  return rows.map((row) => ({
    checkInId: row.check_in_id,
    side: row.side,
    raterOrgId: row.org_id,
    relationshipRating: Number(row.relationship_rating),
    counterpartRating: Number(row.counterpart_rating),
    answeredAt: row.answered_at,
  }));
}

export async function saveEngagementHealth(
  db: Kysely<Database>,
  row: Database["engagement_health"],
): Promise<void> {
  await db
    .insertInto("engagement_health")
    .values(row)
    .onConflict((oc) => oc.column("engagement_id").doUpdateSet({ ...row }))
    .execute();
}

export function listStatesOfOrg(db: Kysely<Database>, orgId: string, side: "client" | "provider") {
  return db
    .selectFrom("engagement_health")
    .select(["engagement_id", "state"])
    .where(side === "client" ? "client_org_id" : "provider_org_id", "=", orgId)
    .orderBy("engagement_id")
    .execute();
}

export async function saveOrganisationHealth(
  db: Kysely<Database>,
  row: Database["organisation_health"],
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
