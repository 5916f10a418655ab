import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { newSecret } from "./ids";

/**
 * The instance's signing key (CSRF tokens, and the one-click unsubscribe links mailed out, which
 * a new key would make every link already sent refuse). Kept in the database, so every app process
 * sharing it agrees, and restarts do not log anyone's forms out. The first process to start
 * creates it.
 */
export async function loadInstanceSecret(db: Kysely<Database>): Promise<string> {
  await db
    .insertInto("instance_settings")
    .values({ key: "signing_secret", value: newSecret() })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db
    .selectFrom("instance_settings")
    .select("value")
    .where("key", "=", "signing_secret")
    .executeTakeFirstOrThrow();
  return row.value;
}
