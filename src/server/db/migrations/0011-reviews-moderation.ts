import { sql, type Kysely } from "kysely";

// Stage 9 of the lifecycle: two-sided blind reviews per occasion (a round each, published
// together), one public reply per review, the nudges shown before a threatening text is sent,
// moderation cases with due process, and the sanctions they end in.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("review_rounds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("occasion_kind", "text", (c) =>
      c.notNull().check(sql`occasion_kind in ('milestone', 'engagement', 'exit')`),
    )
    .addColumn("occasion_ref", "text", (c) => c.notNull())
    .addColumn("opened_at", "text", (c) => c.notNull())
    .addColumn("closes_at", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .addUniqueConstraint("review_rounds_occasion_unique", [
      "engagement_id",
      "occasion_kind",
      "occasion_ref",
    ])
    .execute();
  await db.schema
    .createIndex("review_rounds_due_idx")
    .on("review_rounds")
    .columns(["published_at", "closes_at"])
    .execute();

  await db.schema
    .createTable("reviews")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("round_id", "text", (c) => c.notNull().references("review_rounds.id"))
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("reviewer_side", "text", (c) =>
      c.notNull().check(sql`reviewer_side in ('client', 'provider')`),
    )
    .addColumn("reviewer_org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("reviewed_org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("author_user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("stars", "text", (c) => c.notNull())
    .addColumn("mean_stars", "real", (c) => c.notNull())
    .addColumn("private_rating", "integer", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("record_notes", "text", (c) => c.notNull())
    .addColumn("closer_look", "text", (c) => c.notNull())
    .addColumn("submitted_at", "text", (c) => c.notNull())
    .addColumn("hidden_reason", "text")
    .addColumn("hidden_by", "text", (c) => c.references("users.id"))
    .addColumn("hidden_at", "text")
    .addUniqueConstraint("reviews_side_unique", ["round_id", "reviewer_side"])
    .execute();
  await db.schema
    .createIndex("reviews_reviewed_idx")
    .on("reviews")
    .column("reviewed_org_id")
    .execute();
  await db.schema
    .createIndex("reviews_engagement_idx")
    .on("reviews")
    .column("engagement_id")
    .execute();

  await db.schema
    .createTable("review_replies")
    .addColumn("review_id", "text", (c) => c.primaryKey().references("reviews.id"))
    .addColumn("author_user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("author_org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("record_notes", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("screening_nudges")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("surface", "text", (c) =>
      c.notNull().check(sql`surface in ('message', 'review', 'reply')`),
    )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("shown_at", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) =>
      c.notNull().check(sql`outcome in ('pending', 'revised', 'sent_anyway')`),
    )
    .addColumn("resolved_at", "text")
    .execute();
  await db.schema
    .createIndex("screening_nudges_pending_idx")
    .on("screening_nudges")
    .columns(["user_id", "engagement_id", "surface", "outcome"])
    .execute();

  await db.schema
    .createTable("moderation_cases")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.references("engagements.id"))
    .addColumn("source", "text", (c) => c.notNull().check(sql`source in ('screening', 'report')`))
    .addColumn("subject_kind", "text", (c) =>
      c.notNull().check(sql`subject_kind in ('message', 'review', 'reply')`),
    )
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("accused_org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("complainant_org_id", "text", (c) => c.references("organisations.id"))
    .addColumn("reported_by", "text", (c) => c.references("users.id"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("evidence", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('open', 'decided', 'appealed', 'closed')`),
    )
    .addColumn("response_due_at", "text", (c) => c.notNull())
    .addColumn("response", "text")
    .addColumn("responded_at", "text")
    .addColumn("decision", "text")
    .addColumn("decision_reason", "text")
    .addColumn("decided_by", "text", (c) => c.references("users.id"))
    .addColumn("decided_at", "text")
    .addColumn("suspension_days", "integer")
    .addColumn("appeal_reason", "text")
    .addColumn("appealed_by", "text", (c) => c.references("users.id"))
    .addColumn("appealed_at", "text")
    .addColumn("appeal_outcome", "text")
    .addColumn("appeal_decision_reason", "text")
    .addColumn("appeal_decided_by", "text", (c) => c.references("users.id"))
    .addColumn("appeal_decided_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("moderation_cases_status_idx")
    .on("moderation_cases")
    .columns(["status", "created_at"])
    .execute();

  await db.schema
    .createTable("org_sanctions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("case_id", "text", (c) => c.notNull().references("moderation_cases.id"))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('warning', 'suspension', 'expulsion')`),
    )
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text")
    .addColumn("lifted_at", "text")
    .execute();
  await db.schema
    .createIndex("org_sanctions_org_idx")
    .on("org_sanctions")
    .column("org_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "org_sanctions",
    "moderation_cases",
    "screening_nudges",
    "review_replies",
    "reviews",
    "review_rounds",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
