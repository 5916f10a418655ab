import { type Kysely, sql } from "kysely";

// The sweeper removes notifications and read receipts once past their retention, oldest first,
// a window of rows at a time: each window is a range at the start of one of these indexes.
// Sent mail needs none: `mail_outbox_status_idx` (status, created_at) already serves it.
// Notifications are indexed by their day, not their time: a plain `created_at` index would
// tempt PostgreSQL away from a person's walk of their organisation's index (seen: the unread
// count reading every organisation's recent rows), while no reader's query names the day.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("org_notifications_day_idx")
    .on("org_notifications")
    .expression(sql`substr(created_at, 1, 10)`)
    .execute();
  await db.schema
    .createIndex("notification_reads_read_idx")
    .on("notification_reads")
    .columns(["read_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("notification_reads_read_idx").execute();
  await db.schema.dropIndex("org_notifications_day_idx").execute();
}
