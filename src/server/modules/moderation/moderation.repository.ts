import type { Insertable, Kysely, Updateable } from "kysely";
import type { Database, ModerationCasesTable, OrgSanctionsTable } from "../../db/schema";

export async function insertCase(db: Kysely<Database>, row: Insertable<ModerationCasesTable>) {
  await db.insertInto("moderation_cases").values(row).execute();
}

export function findCase(db: Kysely<Database>, caseId: string) {
  return db.selectFrom("moderation_cases").selectAll().where("id", "=", caseId).executeTakeFirst();
}

export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

/** Moves a case only from the status it was read in, so two moderators cannot both decide. */
export async function updateCase(
  db: Kysely<Database>,
  caseId: string,
  fromStatus: CaseRow["status"],
  values: Updateable<ModerationCasesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("moderation_cases")
    .set(values)
    .where("id", "=", caseId)
    .where("status", "=", fromStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The queue: open and appealed cases first, oldest first. */
export function listCases(db: Kysely<Database>, statuses: readonly CaseRow["status"][]) {
  return db
    .selectFrom("moderation_cases")
    .selectAll()
    .where("status", "in", statuses)
    .orderBy("created_at")
    .orderBy("id")
    .limit(200)
    .execute();
}

/** Cases where one of the organisations is the accused or the complainant. */
export function listCasesOfOrgs(db: Kysely<Database>, orgIds: readonly string[]) {
  if (orgIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("moderation_cases")
    .selectAll()
    .where((eb) =>
      eb.or([eb("accused_org_id", "in", orgIds), eb("complainant_org_id", "in", orgIds)]),
    )
    .orderBy("created_at", "desc")
    .limit(200)
    .execute();
}

export async function insertSanction(db: Kysely<Database>, row: Insertable<OrgSanctionsTable>) {
  await db.insertInto("org_sanctions").values(row).execute();
}

export async function liftSanctionsOfCase(db: Kysely<Database>, caseId: string, at: string) {
  await db
    .updateTable("org_sanctions")
    .set({ lifted_at: at })
    .where("case_id", "=", caseId)
    .where("lifted_at", "is", null)
    .execute();
}

export function listSanctionsOf(db: Kysely<Database>, orgId: string) {
  return db.selectFrom("org_sanctions").selectAll().where("org_id", "=", orgId).execute();
}

/** Organisations expelled for good (an expulsion not lifted on appeal). */
export async function listExpelledOrgIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom("org_sanctions")
    .select("org_id")
    .where("kind", "=", "expulsion")
    .where("lifted_at", "is", null)
    .execute();
  return rows.map((r) => r.org_id);
}

/** The engagements of an organisation still running, to flag for a protected exit. */
export function listOpenEngagementsOf(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom("engagements")
    .select(["id", "client_org_id", "provider_org_id"])
    .where((eb) => eb.or([eb("client_org_id", "=", orgId), eb("provider_org_id", "=", orgId)]))
    .where("status", "in", ["pending", "active"])
    .execute();
}
