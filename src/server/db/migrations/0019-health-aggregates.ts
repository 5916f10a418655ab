import { sql, type Kysely } from "kysely";

// Organisation scores kept by sums: each engagement keeps its share of its two organisations'
// sums (`org_shares`), each organisation side keeps the sums (`sums`) and, per counterparty, how
// many of its engagements inside the window are with it, so one event updates one engagement's
// share and two rows of sums instead of reading every engagement of both organisations.
// Organisation scores are derived data: they are cleared here and every engagement is marked
// due, so the sweeper rebuilds the sums within a day (`accord rescore` rebuilds them at once).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("engagement_health")
    .addColumn("org_shares", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();
  await db.schema
    .alterTable("organisation_health")
    .addColumn("sums", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();
  await db.schema
    .createTable("organisation_health_counterparties")
    .addColumn("org_id", "text", (c) => c.notNull())
    .addColumn("side", "text", (c) => c.notNull().check(sql`side in ('client', 'provider')`))
    .addColumn("counterparty_org_id", "text", (c) => c.notNull())
    .addColumn("engagement_count", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("organisation_health_counterparties_pk", [
      "org_id",
      "side",
      "counterparty_org_id",
    ])
    .execute();
  await sql`delete from organisation_health`.execute(db);
  await sql`update engagement_health set computed_at = ''`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("organisation_health_counterparties").execute();
  await db.schema.alterTable("organisation_health").dropColumn("sums").execute();
  await db.schema.alterTable("engagement_health").dropColumn("org_shares").execute();
}
