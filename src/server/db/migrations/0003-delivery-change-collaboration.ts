import type { Kysely } from "kysely";

// Stages 5–6 of the lifecycle: submissions judged criterion by criterion, remarks outside the
// criteria, priced change requests; and what keeps both sides informed: message threads with
// read receipts, notifications with e-mail preferences, and signed webhooks with a delivery log.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("stored_files")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("uploaded_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("media_type", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("storage_key", "text", (c) => c.notNull())
    .addColumn("submission_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("stored_files_submission_idx")
    .on("stored_files")
    .columns(["submission_id"])
    .execute();

  await db.schema
    .createTable("submissions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("deliverable_id", "text", (c) => c.notNull())
    .addColumn("round", "integer", (c) => c.notNull())
    .addColumn("agreement_version", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("links", "text", (c) => c.notNull())
    .addColumn("submitted_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("submitted_at", "text", (c) => c.notNull())
    .addColumn("review_due_at", "text")
    .addColumn("is_deemed_acceptance_agreed", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("review_reminded_at", "text")
    .addColumn("decided_by", "text", (c) => c.references("users.id"))
    .addColumn("decided_at", "text")
    .addUniqueConstraint("submissions_round_unique", ["engagement_id", "deliverable_id", "round"])
    .execute();
  await db.schema
    .createIndex("submissions_due_idx")
    .on("submissions")
    .columns(["status", "review_due_at"])
    .execute();

  await db.schema
    .createTable("criterion_verdicts")
    .addColumn("submission_id", "text", (c) => c.notNull().references("submissions.id"))
    .addColumn("criterion_id", "text", (c) => c.notNull())
    .addColumn("statement", "text", (c) => c.notNull())
    .addColumn("is_met", "integer", (c) => c.notNull())
    .addColumn("comment", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("criterion_verdicts_pk", ["submission_id", "criterion_id"])
    .execute();

  await db.schema
    .createTable("change_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("deliverable_ids", "text", (c) => c.notNull())
    .addColumn("additional_revisions", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("proposed_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("proposed_side", "text", (c) => c.notNull())
    .addColumn("effort_quantity", "real")
    .addColumn("effort_unit", "text")
    .addColumn("price_minor", "bigint")
    .addColumn("schedule_impact_days", "integer")
    .addColumn("pricing_note", "text")
    .addColumn("priced_by", "text", (c) => c.references("users.id"))
    .addColumn("priced_at", "text")
    .addColumn("decline_reason", "text")
    .addColumn("decided_by", "text", (c) => c.references("users.id"))
    .addColumn("decided_at", "text")
    .addColumn("application", "text")
    .addColumn("agreement_version", "integer")
    .addColumn("applied_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("change_requests_number_unique", ["engagement_id", "number"])
    .execute();

  await db.schema
    .createTable("feedback_notes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("submission_id", "text", (c) => c.references("submissions.id"))
    .addColumn("deliverable_id", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("author_user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("author_org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("change_request_id", "text", (c) => c.references("change_requests.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("feedback_notes_engagement_idx")
    .on("feedback_notes")
    .columns(["engagement_id", "created_at"])
    .execute();

  await db.schema
    .createTable("messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("thread_kind", "text", (c) => c.notNull())
    .addColumn("thread_id", "text", (c) => c.notNull())
    .addColumn("author_user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("author_org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("author_side", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("messages_thread_idx")
    .on("messages")
    .columns(["engagement_id", "thread_kind", "thread_id", "created_at"])
    .execute();

  await db.schema
    .createTable("message_reads")
    .addColumn("message_id", "text", (c) => c.notNull().references("messages.id"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("reader_side", "text", (c) => c.notNull())
    .addColumn("read_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("message_reads_pk", ["message_id", "user_id"])
    .execute();

  await db.schema
    .createTable("notifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("engagement_id", "text", (c) => c.references("engagements.id"))
    .addColumn("event_id", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    .execute();
  await db.schema
    .createIndex("notifications_user_idx")
    .on("notifications")
    .columns(["user_id", "created_at"])
    .execute();

  await db.schema
    .createTable("notification_preferences")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("is_email_enabled", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("notification_preferences_pk", ["user_id", "type"])
    .execute();

  await db.schema
    .createTable("webhook_endpoints")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("secret", "text", (c) => c.notNull())
    .addColumn("event_types", "text", (c) => c.notNull())
    .addColumn("is_active", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("webhook_endpoints_org_idx")
    .on("webhook_endpoints")
    .columns(["org_id"])
    .execute();

  await db.schema
    .createTable("webhook_deliveries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("endpoint_id", "text", (c) => c.notNull().references("webhook_endpoints.id"))
    .addColumn("event_id", "text", (c) => c.notNull())
    .addColumn("event_type", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("lease_until", "text")
    .addColumn("last_status_code", "integer")
    .addColumn("last_error", "text")
    .addColumn("replay_of", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("delivered_at", "text")
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_due_idx")
    .on("webhook_deliveries")
    .columns(["status", "next_attempt_at"])
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_endpoint_idx")
    .on("webhook_deliveries")
    .columns(["endpoint_id", "created_at"])
    .execute();

  await db.schema
    .createTable("webhook_attempts")
    .addColumn("delivery_id", "text", (c) => c.notNull().references("webhook_deliveries.id"))
    .addColumn("attempt", "integer", (c) => c.notNull())
    .addColumn("attempted_at", "text", (c) => c.notNull())
    .addColumn("status_code", "integer")
    .addColumn("error", "text")
    .addColumn("duration_ms", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("webhook_attempts_pk", ["delivery_id", "attempt"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "webhook_attempts",
    "webhook_deliveries",
    "webhook_endpoints",
    "notification_preferences",
    "notifications",
    "message_reads",
    "messages",
    "feedback_notes",
    "change_requests",
    "criterion_verdicts",
    "submissions",
    "stored_files",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
