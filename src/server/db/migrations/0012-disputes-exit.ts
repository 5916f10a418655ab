import { sql, type Kysely } from "kysely";

// Stage 10 of the lifecycle: disputes about specific items, climbing the agreement's ladder
// (negotiation, amends, mediation, separation), and the offers made in them. JSON columns are
// text, so the same SQL runs on SQLite and PostgreSQL.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("disputes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("subject_kind", "text", (c) =>
      c
        .notNull()
        .check(sql`subject_kind in ('evaluation', 'invoice', 'change_request', 'conduct')`),
    )
    .addColumn("subject_ref", "text")
    .addColumn("statement", "text", (c) => c.notNull())
    .addColumn("wants", "text", (c) => c.notNull())
    .addColumn("opened_side", "text", (c) => c.notNull())
    .addColumn("opened_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("rung", "text", (c) => c.notNull())
    .addColumn("ladder", "text", (c) => c.notNull())
    .addColumn("offer_by", "text")
    .addColumn("recommendation", "text")
    .addColumn("recommended_by", "text", (c) => c.references("users.id"))
    .addColumn("recommendation_accepted_by", "text", (c) => c.notNull())
    .addColumn("response", "text")
    .addColumn("outcome", "text")
    .addColumn("waiting_since", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("disputes_number_unique", ["engagement_id", "number"])
    .execute();
  await db.schema
    .createIndex("disputes_status_idx")
    .on("disputes")
    .columns(["status", "waiting_since"])
    .execute();

  await db.schema
    .createTable("dispute_offers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("dispute_id", "text", (c) => c.notNull().references("disputes.id"))
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("side", "text", (c) => c.notNull())
    .addColumn("offered_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("items", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('pending', 'accepted', 'declined', 'countered', 'lapsed')`),
    )
    .addColumn("answered_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("answered_at", "text")
    .execute();
  await db.schema
    .createIndex("dispute_offers_dispute_idx")
    .on("dispute_offers")
    .column("dispute_id")
    .execute();

  // Stage 11: parting ways. One exit per engagement: notice, its dates, the hand-over.
  await db.schema
    .createTable("exits")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().unique().references("engagements.id"))
    .addColumn("reason", "text", (c) =>
      c.notNull().check(sql`reason in ('notice', 'breach', 'protected')`),
    )
    .addColumn("given_side", "text", (c) => c.notNull())
    .addColumn("given_by", "text", (c) => c.references("users.id"))
    .addColumn("given_on", "text", (c) => c.notNull())
    .addColumn("exit_date", "text", (c) => c.notNull())
    .addColumn("cure_by", "text")
    .addColumn("is_notice_waived", "integer", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("ended_amicably_at", "text")
    .addColumn("is_door_open", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("exit_feedback")
    .addColumn("exit_id", "text", (c) => c.notNull().references("exits.id"))
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("side", "text", (c) => c.notNull().check(sql`side in ('client', 'provider')`))
    .addColumn("given_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("rating", "integer", (c) => c.notNull())
    .addColumn("would_work_again", "integer", (c) => c.notNull())
    .addColumn("comment", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("exit_feedback_pk", ["exit_id", "side"])
    .execute();
  await db.schema
    .createTable("hand_over_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("exit_id", "text", (c) => c.notNull().references("exits.id"))
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("item_key", "text", (c) => c.notNull())
    .addColumn("duty", "text", (c) => c.notNull())
    .addColumn("is_standard", "integer", (c) => c.notNull())
    .addColumn("responsible_side", "text", (c) => c.notNull())
    .addColumn("due_date", "text", (c) => c.notNull())
    .addColumn("done_at", "text")
    .addColumn("done_by", "text", (c) => c.references("users.id"))
    .addUniqueConstraint("hand_over_items_key_unique", ["exit_id", "item_key"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("hand_over_items").execute();
  await db.schema.dropTable("exit_feedback").execute();
  await db.schema.dropTable("exits").execute();
  await db.schema.dropTable("dispute_offers").execute();
  await db.schema.dropTable("disputes").execute();
}
