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
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("dispute_offers").execute();
  await db.schema.dropTable("disputes").execute();
}
