import type { Kysely } from "kysely";

// Notification e-mails are gathered per engagement: an event marks its engagement as having
// mail to tell (one row, kept by the first event of a burst), and the sweeper writes one e-mail
// per person for everything from that event on once the window has passed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("notification_mail_pending")
    .addColumn("engagement_id", "text", (c) => c.primaryKey().references("engagements.id"))
    .addColumn("from_seq", "integer", (c) => c.notNull())
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
