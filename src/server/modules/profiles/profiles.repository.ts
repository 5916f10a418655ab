import { sql, type Kysely, type SelectQueryBuilder } from "kysely";
import type { TrackRecord } from "../../../domain/matching/provider-profile";
import { rehiresOf, trackRecordFrom } from "../../../domain/matching/track-record";
import type { Database } from "../../db/schema";
import { groupBy } from "../../platform/group-by";

export function findProfile(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom("provider_profiles")
    .selectAll()
    .where("org_id", "=", orgId)
    .executeTakeFirst();
}

export type ProfileRow = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

export async function listSkillIdsOf(db: Kysely<Database>, orgId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("provider_skills")
    .select("skill_id")
    .where("org_id", "=", orgId)
    .orderBy("skill_id")
    .execute();
  return rows.map((r) => r.skill_id);
}

export async function saveProfile(
  db: Kysely<Database>,
  row: ProfileRow,
  skillIds: readonly string[],
): Promise<void> {
  const { org_id: _orgId, ...changes } = row;
  await db
    .insertInto("provider_profiles")
    .values(row)
    .onConflict((oc) => oc.column("org_id").doUpdateSet(changes))
    .execute();
  await db.deleteFrom("provider_skills").where("org_id", "=", row.org_id).execute();
  if (skillIds.length > 0) {
    await db
      .insertInto("provider_skills")
      .values([...new Set(skillIds)].map((skill_id) => ({ org_id: row.org_id, skill_id })))
      .execute();
  }
}

/**
 * Which provider organisations a query is about: a few ids, or a subquery (the candidates of a
 * brief can be tens of thousands, past the databases' limits on bound parameters).
 */
export type OrgIdSource =
  readonly string[] | SelectQueryBuilder<Database, "provider_skills", { org_id: string }>;

const isIdList = (source: OrgIdSource | "all"): source is readonly string[] =>
  Array.isArray(source);
const orgIdsIn = (source: OrgIdSource) => (isIdList(source) ? [...source] : source);

/** The provider organisations offering at least one of the skills. */
export function candidateOrgIds(db: Kysely<Database>, skillIds: readonly string[]) {
  return db
    .selectFrom("provider_skills")
    .select("org_id")
    .distinct()
    .where("skill_id", "in", [...skillIds]);
}

/**
 * Track records of provider organisations (or of all of them), computed from engagement history: engagements
 * completed and active, the share of clients who came back, and days since the first one.
 */
export async function trackRecordsOf(
  db: Kysely<Database>,
  orgIds: OrgIdSource | "all",
  today: string,
): Promise<Map<string, TrackRecord>> {
  const records = new Map<string, TrackRecord>();
  if (isIdList(orgIds) && orgIds.length === 0) return records;
  // An engagement is completed once it ended amicably: the exit's settlement is paid and its
  // hand-over done.
  const rows = await db
    .selectFrom("engagements")
    .leftJoin("exits", "exits.engagement_id", "engagements.id")
    .select((eb) => [
      "engagements.provider_org_id",
      eb.fn
        .sum<string | number>(sql`case when exits.ended_amicably_at is null then 0 else 1 end`)
        .as("completed"),
      eb.fn
        .sum<string | number>(
          sql`case when exits.ended_amicably_at is null and engagements.status = 'active' then 1 else 0 end`,
        )
        .as("active"),
      eb.fn.count<string | number>("engagements.client_org_id").distinct().as("clients"),
      eb.fn.min<string>("engagements.created_at").as("first_at"),
    ])
    .$if(orgIds !== "all", (qb) =>
      qb.where("engagements.provider_org_id", "in", orgIdsIn(orgIds as OrgIdSource)),
    )
    .where("engagements.status", "in", ["active"])
    .groupBy("engagements.provider_org_id")
    .execute();
  // Only engagements of clients who came back after a completed one with the provider could
  // count as rehires: read the history of clients with more than one engagement.
  const repeats = await db
    .selectFrom("engagements as e")
    .leftJoin("exits", "exits.engagement_id", "e.id")
    .select(["e.provider_org_id", "e.client_org_id", "e.created_at", "exits.ended_amicably_at"])
    .$if(orgIds !== "all", (qb) =>
      qb.where("e.provider_org_id", "in", orgIdsIn(orgIds as OrgIdSource)),
    )
    .where("e.status", "in", ["active"])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("engagements as other")
          .select("other.id")
          .whereRef("other.provider_org_id", "=", "e.provider_org_id")
          .whereRef("other.client_org_id", "=", "e.client_org_id")
          .whereRef("other.id", "!=", "e.id")
          .where("other.status", "in", ["active"]),
      ),
    )
    .execute();
  const historyOf = groupBy(repeats, (r) => r.provider_org_id ?? "");
  const healthRows = await db
    .selectFrom("organisation_health")
    .select(["org_id", "score"])
    .$if(orgIds !== "all", (qb) => qb.where("org_id", "in", orgIdsIn(orgIds as OrgIdSource)))
    .where("side", "=", "provider")
    .where("is_new", "=", 0)
    .execute();
  const healthOf = new Map(healthRows.map((row) => [row.org_id, row.score]));
  for (const row of rows) {
    if (!row.provider_org_id) continue;
    const rehires = rehiresOf(
      (historyOf.get(row.provider_org_id) ?? []).map((e) => ({
        clientOrgId: e.client_org_id ?? "",
        startedAt: e.created_at,
        completedAt: e.ended_amicably_at,
      })),
    );
    records.set(
      row.provider_org_id,
      trackRecordFrom(
        {
          completed: Number(row.completed),
          active: Number(row.active),
          clients: Number(row.clients),
          clientsWithCompleted: rehires.clientsWithCompleted,
          returningClients: rehires.returningClients,
          firstEngagementAt: row.first_at,
          healthScore: healthOf.get(row.provider_org_id) ?? null,
        },
        today,
      ),
    );
  }
  return records;
}

export const EMPTY_TRACK_RECORD: TrackRecord = {
  completedEngagements: 0,
  activeEngagements: 0,
  rehireRate: null,
  returningClients: 0,
  clientsWhoCouldReturn: 0,
  tenureDays: 0,
  healthScore: null,
};

/**
 * What changes with any engagement insert or answer: the newest `updated_at`, and how many
 * engagements of each status carry it (an answer given in the same millisecond moves a count).
 */
export async function engagementsChangeStamp(db: Kysely<Database>): Promise<string> {
  const rows = await db
    .selectFrom("engagements")
    .select((eb) => ["status", "updated_at", eb.fn.countAll<string | number>().as("n")])
    .where("updated_at", "=", (eb) =>
      eb.selectFrom("engagements").select((e) => e.fn.max("updated_at").as("newest")),
    )
    .groupBy(["status", "updated_at"])
    .orderBy("status")
    .execute();
  return rows.map((r) => `${r.updated_at}/${r.status}/${Number(r.n)}`).join(",");
}
