import type { Kysely } from "kysely";
import type { Database, UserRow } from "../../db/schema";

export function findUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: string) {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * Adds the user unless the address is taken; false when it is. A sign-up of the same address
 * committed meanwhile makes this wait for it and insert nothing, where a plain insert failed on
 * the unique index.
 */
export async function insertUserUnlessEmailTaken(
  db: Kysely<Database>,
  user: UserRow,
): Promise<boolean> {
  const result = await db
    .insertInto("users")
    .values(user)
    .onConflict((oc) => oc.column("email").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function updateUser(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Pick<UserRow, "name" | "locale">>,
): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db.updateTable("users").set(changes).where("id", "=", id).execute();
}

export async function updatePasswordHash(
  db: Kysely<Database>,
  id: string,
  passwordHash: string,
): Promise<void> {
  await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", id).execute();
}

/** E-mail addresses compare case-insensitively; we store them lower-cased and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function setPlatformRole(
  db: Kysely<Database>,
  id: string,
  role: UserRow["platform_role"],
): Promise<void> {
  await db.updateTable("users").set({ platform_role: role }).where("id", "=", id).execute();
}
