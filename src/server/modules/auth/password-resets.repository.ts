import type { Kysely } from "kysely";
import type { Database, PasswordResetsTable } from "../../db/schema";

export async function insertPasswordReset(
  db: Kysely<Database>,
  reset: PasswordResetsTable,
): Promise<void> {
  await db.insertInto("password_resets").values(reset).execute();
}

export async function countPasswordResetsSince(
  db: Kysely<Database>,
  userId: string,
  since: string,
): Promise<number> {
  const row = await db
    .selectFrom("password_resets")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("user_id", "=", userId)
    .where("created_at", ">", since)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export function findPasswordResetByTokenHash(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom("password_resets")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/**
 * Marks the link used, only if it still is usable: of two requests racing with one link, one
 * updates the row and the other finds nothing to update.
 */
export async function claimPasswordReset(
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("password_resets")
    .set({ used_at: now })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Closes every other open link of the person, once a password was set. */
export async function closePasswordResetsOfUser(
  db: Kysely<Database>,
  userId: string,
  now: string,
): Promise<void> {
  await db
    .updateTable("password_resets")
    .set({ used_at: now })
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .execute();
}
