import { sql, type Kysely } from "kysely";

// A relationship that grows: goals measured by both sides (with corrections one side proposes
// and the other answers), reviews of the relationship when it stagnates (answers revealed to
// both at once), next-phase offers, and recognition beyond money with the recognised side's
// consent. Measured values are double precision on both databases (PostgreSQL's `real` would
// turn 1.8 into 1.7999999).

const side = (column: string) => sql.raw(`${column} in ('client', 'provider')`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("goals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("baseline", "double precision", (c) => c.notNull())
    .addColumn("target", "double precision", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("cadence_days", "integer", (c) => c.notNull())
    .addColumn("due_date", "text")
    .addColumn("source_kind", "text", (c) =>
      c.notNull().check(sql`source_kind in ('brief', 'agreement', 'offer')`),
    )
    .addColumn("source_ref", "text")
    .addColumn("set_by_side", "text", (c) => c.notNull().check(side("set_by_side")))
    .addColumn("set_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("goals_engagement_idx").on("goals").column("engagement_id").execute();

  await db.schema
    .createTable("goal_measurements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("goal_id", "text", (c) => c.notNull().references("goals.id"))
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("corrected_value", "double precision")
    .addColumn("measured_on", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("side", "text", (c) => c.notNull().check(side("side")))
    .addColumn("recorded_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("goal_measurements_goal_idx")
    .on("goal_measurements")
    .column("goal_id")
    .execute();

  await db.schema
    .createTable("goal_corrections")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("measurement_id", "text", (c) => c.notNull().references("goal_measurements.id"))
    .addColumn("proposed_value", "double precision", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("proposed_by_side", "text", (c) => c.notNull().check(side("proposed_by_side")))
    .addColumn("proposed_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("proposed_at", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('proposed', 'confirmed', 'disputed')`),
    )
    .addColumn("answer_note", "text")
    .addColumn("answered_by", "text", (c) => c.references("users.id"))
    .addColumn("answered_at", "text")
    .execute();
  await db.schema
    .createIndex("goal_corrections_measurement_idx")
    .on("goal_corrections")
    .column("measurement_id")
    .execute();

  await db.schema
    .createTable("relationship_reviews")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("signals", "text", (c) => c.notNull())
    .addColumn("opened_at", "text", (c) => c.notNull())
    .addColumn("revealed_at", "text")
    .execute();
  await db.schema
    .createIndex("relationship_reviews_engagement_idx")
    .on("relationship_reviews")
    .columns(["engagement_id", "opened_at"])
    .execute();

  await db.schema
    .createTable("relationship_review_answers")
    .addColumn("review_id", "text", (c) => c.notNull().references("relationship_reviews.id"))
    .addColumn("side", "text", (c) => c.notNull().check(side("side")))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("achieved", "text", (c) => c.notNull())
    .addColumn("more_of", "text", (c) => c.notNull())
    .addColumn("less_of", "text", (c) => c.notNull())
    .addColumn("aim_next", "text", (c) => c.notNull())
    .addColumn("answered_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("relationship_review_answers_pk", ["review_id", "side"])
    .execute();

  // The day the sweeper last judged an engagement for stagnation: once a day is enough.
  await db.schema
    .createTable("stagnation_checks")
    .addColumn("engagement_id", "text", (c) => c.primaryKey().references("engagements.id"))
    .addColumn("checked_on", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("next_phase_offers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("review_id", "text", (c) => c.references("relationship_reviews.id"))
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .check(sql`status in ('sent', 'accepted', 'declined', 'change_requested', 'superseded')`),
    )
    .addColumn("answer_note", "text")
    .addColumn("agreement_version", "integer")
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("answered_by", "text", (c) => c.references("users.id"))
    .addColumn("answered_at", "text")
    .execute();
  await db.schema
    .createIndex("next_phase_offers_engagement_idx")
    .on("next_phase_offers")
    .column("engagement_id")
    .execute();

  await db.schema
    .createTable("recognitions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('kudos', 'introduction', 'testimonial', 'case_study')`),
    )
    .addColumn("from_side", "text", (c) => c.notNull().check(side("from_side")))
    .addColumn("from_org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("to_org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("reason", "text")
    .addColumn("subject_kind", "text")
    .addColumn("subject_id", "text")
    .addColumn("people", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("introduced_org", "text")
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .check(
          sql`status in ('awaiting_text_approval', 'awaiting_consent', 'published', 'declined')`,
        ),
    )
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("text_approved_at", "text")
    .addColumn("consent_answered_at", "text")
    .execute();
  await db.schema
    .createIndex("recognitions_to_org_idx")
    .on("recognitions")
    .columns(["to_org_id", "status"])
    .execute();
  await db.schema
    .createIndex("recognitions_engagement_idx")
    .on("recognitions")
    .column("engagement_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "recognitions",
    "next_phase_offers",
    "stagnation_checks",
    "relationship_review_answers",
    "relationship_reviews",
    "goal_corrections",
    "goal_measurements",
    "goals",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
