import type { Kysely } from "kysely";

// Log-in throttling shared by every process of an instance: one counter per client address and
// one per account (by normalised e-mail, known or not), so a limit holds however many processes
// answer, and an unknown address locks the same way a real one does.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("login_throttles")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("window_started_at", "text", (c) => c.notNull())
    .addColumn("last_failure_at", "text", (c) => c.notNull())
    .addColumn("locked_until", "text")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("login_throttles").execute();
}
