import type { Kysely } from "kysely";

// Why a webhook attempt failed is stored as a code (`invalid_url`, `timeout`, ...) that the
// reader's language words, beside the technical detail `last_error` / `error` keep. Rows written
// before have it null: the log shows their detail alone, as before.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("webhook_deliveries").addColumn("last_problem", "text").execute();
  await db.schema.alterTable("webhook_attempts").addColumn("problem", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("webhook_attempts").dropColumn("problem").execute();
  await db.schema.alterTable("webhook_deliveries").dropColumn("last_problem").execute();
}
