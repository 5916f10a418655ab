import type { Kysely } from "kysely";

// Notification e-mails are gathered per engagement: the first event after a quiet spell is
// mailed at once and opens a window (a row without `from_seq`); the first event within the
// window marks where the rest of the burst starts, and the sweeper writes one e-mail per person
// for everything from there once the window has passed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("notification_mail_pending")
    .addColumn("engagement_id", "text", (c) => c.primaryKey().references("engagements.id"))
    .addColumn("from_seq", "integer")
    .addColumn("due_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("notification_mail_pending_due_idx")
    .on("notification_mail_pending")
    .columns(["due_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("notification_mail_pending").execute();
}
