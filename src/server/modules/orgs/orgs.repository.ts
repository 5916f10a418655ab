import type { Kysely } from "kysely";
import type { Role } from "../../../contracts/common";
import type { Database, OrganisationRow } from "../../db/schema";

export async function insertOrganisation(
  db: Kysely<Database>,
  org: Omit<OrganisationRow, "list_version">,
): Promise<void> {
  await db.insertInto("organisations").values(org).execute();
}

export function findOrganisation(db: Kysely<Database>, id: string) {
  return db.selectFrom("organisations").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertMembership(
  db: Kysely<Database>,
  membership: { orgId: string; userId: string; role: Role; createdAt: string },
): Promise<void> {
  await db
    .insertInto("memberships")
    .values({
      org_id: membership.orgId,
      user_id: membership.userId,
      role: membership.role,
      created_at: membership.createdAt,
    })
    .execute();
}

export function listMembers(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["m.user_id", "m.role", "m.created_at", "u.name", "u.email"])
    .where("m.org_id", "=", orgId)
    .orderBy("u.name")
    .orderBy("u.id")
    .execute();
}

export function findMembership(db: Kysely<Database>, orgId: string, userId: string) {
  return db
    .selectFrom("memberships")
    .selectAll()
    .where("org_id", "=", orgId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

export async function countOwners(db: Kysely<Database>, orgId: string): Promise<number> {
  const row = await db
    .selectFrom("memberships")
    .select((eb) => eb.fn.countAll<string | number>().as("owners"))
    .where("org_id", "=", orgId)
    .where("role", "=", "owner")
    .executeTakeFirstOrThrow();
  return Number(row.owners);
}

export async function setMemberRole(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
  role: Role,
): Promise<void> {
  await db
    .updateTable("memberships")
    .set({ role })
    .where("org_id", "=", orgId)
    .where("user_id", "=", userId)
    .execute();
}

export async function deleteMembership(db: Kysely<Database>, orgId: string, userId: string) {
  await db
    .deleteFrom("memberships")
    .where("org_id", "=", orgId)
    .where("user_id", "=", userId)
    .execute();
}
