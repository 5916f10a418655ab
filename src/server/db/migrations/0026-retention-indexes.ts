import type { Kysely } from "kysely";

// The sweeper removes notifications and read receipts once past their retention, oldest first,
// a window of rows at a time: each window is a range at the start of one of these indexes.
// Sent mail needs none: `mail_outbox_status_idx` (status, created_at) already serves it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("org_notifications_created_idx")
    .on("org_notifications")
    .columns(["created_at"])
    .execute();
  await db.schema
    .createIndex("notification_reads_read_idx")
    .on("notification_reads")
    .columns(["read_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("notification_reads_read_idx").execute();
  await db.schema.dropIndex("org_notifications_created_idx").execute();
}
