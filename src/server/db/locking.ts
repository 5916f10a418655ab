import { sql, type Kysely } from "kysely";
import type { DialectName } from "./connect";
import type { Database } from "./schema";

/**
 * Serialises writers on one engagement for the rest of the transaction. PostgreSQL needs a row
 * lock; SQLite already runs one writer at a time, and has no FOR UPDATE.
 */
export async function lockEngagement(
  trx: Kysely<Database>,
  dialect: DialectName,
  engagementId: string,
): Promise<void> {
  if (dialect !== "postgres") return;
  await sql`select id from engagements where id = ${engagementId} for update`.execute(trx);
}
