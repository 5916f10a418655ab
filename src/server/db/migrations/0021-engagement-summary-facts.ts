import type { Kysely } from "kysely";

// The engagement list's summaries read seven tables per page; each engagement's date-independent
// summary facts (JSON, `SummaryFacts`) are now kept in one row, rewritten in the transaction of
// every write that changes them. Derived data: an engagement without a row (every one after this
// migration) has its facts read from the tables on its first listing and stored then; a later
// change to the facts' shape deletes the rows in its own migration and they fill again the same way.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("engagement_summary_facts")
    .addColumn("engagement_id", "text", (c) =>
      c.primaryKey().references("engagements.id").onDelete("cascade"),
    )
    .addColumn("facts", "text", (c) => c.notNull())
    .addColumn("refreshed_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("engagement_summary_facts").execute();
}
