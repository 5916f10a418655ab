import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

export function findLiveApiToken(db: Kysely<Database>, tokenHash: string, now: string) {
  return db
    .selectFrom("api_tokens")
    .select(["id", "org_id", "user_id", "scopes", "last_used_at"])
    .where("token_hash", "=", tokenHash)
    .where("revoked_at", "is", null)
    .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", now)]))
    .executeTakeFirst();
}

export async function touchApiToken(db: Kysely<Database>, id: string, now: string): Promise<void> {
  await db.updateTable("api_tokens").set({ last_used_at: now }).where("id", "=", id).execute();
}

export function listLiveApiTokens(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom("api_tokens")
    .selectAll()
    .where("org_id", "=", orgId)
    .where("revoked_at", "is", null)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

export function findApiToken(db: Kysely<Database>, id: string) {
  return db.selectFrom("api_tokens").selectAll().where("id", "=", id).executeTakeFirst();
}

export type ApiTokenRow = NonNullable<Awaited<ReturnType<typeof findApiToken>>>;

export async function insertApiToken(db: Kysely<Database>, row: ApiTokenRow): Promise<void> {
  await db.insertInto("api_tokens").values(row).execute();
}

/** Revokes the token if it is not revoked yet; true when this call revoked it. */
export async function revokeApiTokenRow(
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("api_tokens")
    .set({ revoked_at: now })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Revokes every token a person made for the organisation; the ids of those it revoked. */
export async function revokeApiTokensOfMember(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
  now: string,
): Promise<string[]> {
  const rows = await db
    .updateTable("api_tokens")
    .set({ revoked_at: now })
    .where("org_id", "=", orgId)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .returning("id")
    .execute();
  return rows.map((row) => row.id);
}
