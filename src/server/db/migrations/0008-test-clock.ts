import { sql, type Kysely } from "kysely";

// A test clock for sandboxes and demos: how far an instance started with
// ACCORD_TEST_CLOCK=true runs ahead of real time. One row, shared by every process and the
// CLI through the database; an ordinary instance never reads it.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("test_clock")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("offset_seconds", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await sql`insert into test_clock (id, offset_seconds, updated_at)
    values ('instance', 0, ${new Date(0).toISOString()})`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("test_clock").execute();
}
