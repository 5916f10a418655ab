import { sql, type Kysely } from "kysely";

// Stage 8 of the lifecycle: relationship health. Private check-ins on the agreement's cadence
// (answers in their own table, never in the ledger), each engagement's folded health facts and
// scores kept current as events happen, organisations' scores, a daily score history, the
// warnings each engagement shows, and the cohort snapshot every score is compared with.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("check_ins")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("period", "integer", (c) => c.notNull())
    .addColumn("opened_at", "text", (c) => c.notNull())
    .addColumn("closes_at", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn("reminded_at", "text")
    .addColumn("closed_at", "text")
    .addUniqueConstraint("check_ins_period_unique", ["engagement_id", "period"])
    .execute();
  await db.schema
    .createIndex("check_ins_due_idx")
    .on("check_ins")
    .columns(["status", "closes_at"])
    .execute();

  await db.schema
    .createTable("check_in_answers")
    .addColumn("check_in_id", "text", (c) => c.notNull().references("check_ins.id"))
    .addColumn("side", "text", (c) => c.notNull().check(sql`side in ('client', 'provider')`))
    .addColumn("org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("relationship_rating", "integer", (c) => c.notNull())
    .addColumn("counterpart_rating", "integer", (c) => c.notNull())
    .addColumn("reasons", "text", (c) => c.notNull())
    .addColumn("comment", "text", (c) => c.notNull())
    .addColumn("answer_hash", "text", (c) => c.notNull())
    .addColumn("answered_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("check_in_answers_pk", ["check_in_id", "side"])
    .execute();

  await db.schema
    .createTable("engagement_health")
    .addColumn("engagement_id", "text", (c) => c.primaryKey().references("engagements.id"))
    .addColumn("client_org_id", "text", (c) => c.notNull())
    .addColumn("provider_org_id", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("event_seq", "integer", (c) => c.notNull())
    .addColumn("provider_score", "integer")
    .addColumn("client_score", "integer")
    .addColumn("explanation", "text", (c) => c.notNull())
    .addColumn("warnings", "text", (c) => c.notNull())
    .addColumn("next_check_in_at", "text")
    .addColumn("computed_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("engagement_health_client_idx")
    .on("engagement_health")
    .column("client_org_id")
    .execute();
  await db.schema
    .createIndex("engagement_health_provider_idx")
    .on("engagement_health")
    .column("provider_org_id")
    .execute();
  await db.schema
    .createIndex("engagement_health_check_in_idx")
    .on("engagement_health")
    .column("next_check_in_at")
    .execute();
  await db.schema
    .createIndex("engagement_health_computed_idx")
    .on("engagement_health")
    .column("computed_at")
    .execute();

  await db.schema
    .createTable("organisation_health")
    .addColumn("org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("side", "text", (c) => c.notNull().check(sql`side in ('client', 'provider')`))
    .addColumn("score", "integer")
    .addColumn("is_new", "integer", (c) => c.notNull())
    .addColumn("engagement_count", "integer", (c) => c.notNull())
    .addColumn("counterparty_count", "integer", (c) => c.notNull())
    .addColumn("explanation", "text", (c) => c.notNull())
    .addColumn("computed_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("organisation_health_pk", ["org_id", "side"])
    .execute();

  // One point per subject, side and day: the latest computation of that day.
  await db.schema
    .createTable("health_history")
    .addColumn("subject_kind", "text", (c) =>
      c.notNull().check(sql`subject_kind in ('engagement', 'organisation')`),
    )
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("side", "text", (c) => c.notNull())
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("score", "integer")
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("health_history_pk", ["subject_kind", "subject_id", "side", "day"])
    .execute();

  await db.schema
    .createTable("health_cohort")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("computed_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "health_cohort",
    "health_history",
    "organisation_health",
    "engagement_health",
    "check_in_answers",
    "check_ins",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
