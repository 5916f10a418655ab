import { sql, type Kysely } from "kysely";
import type { DialectName } from "./connect";
import type { Database } from "./schema";

/**
 * Serialises writers on one engagement for the rest of the transaction. PostgreSQL needs a row
 * lock; SQLite already runs one writer at a time, and has no FOR UPDATE. The lock is FOR NO KEY
 * UPDATE: it excludes other writers like FOR UPDATE, but not the KEY SHARE lock that inserting a
 * row referencing the engagement takes. With FOR UPDATE, two writers that had each inserted such
 * a row (a message) before locking waited for each other: a deadlock, seen as a 500.
 */
export async function lockEngagement(
  trx: Kysely<Database>,
  dialect: DialectName,
  engagementId: string,
): Promise<void> {
  if (dialect !== "postgres") return;
  await sql`select id from engagements where id = ${engagementId} for no key update`.execute(trx);
}

/** `lockEngagement` for many engagements in one statement (a batch of `accord rescore`). */
export async function lockEngagements(
  trx: Kysely<Database>,
  dialect: DialectName,
  engagementIds: readonly string[],
): Promise<void> {
  if (dialect !== "postgres" || engagementIds.length === 0) return;
  await trx
    .selectFrom("engagements")
    .select("id")
    .where("id", "in", [...engagementIds])
    .forNoKeyUpdate()
    .execute();
}
