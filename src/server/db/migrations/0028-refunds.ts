import { sql, type Kysely } from "kysely";

// Money paid back: the provider records a refund to the client on the engagement (not on an
// invoice: what is owed back is the engagement's balance), the client confirms or rejects it.
// A confirmed refund adds back to the final settlement what was given back, so an exit that
// owed the client money can reach a zero balance and end amicably.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("refunds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("amount_minor", "bigint", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("paid_on", "text", (c) => c.notNull())
    .addColumn("reference", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('recorded', 'confirmed', 'rejected')`),
    )
    .addColumn("recorded_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.references("users.id"))
    .addColumn("decided_at", "text")
    .execute();
  await db.schema
    .createIndex("refunds_engagement_idx")
    .on("refunds")
    .columns(["engagement_id", "recorded_at", "id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("refunds").execute();
}
