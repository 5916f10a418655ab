import { sql, type Kysely } from "kysely";

// A check-in window open when the engagement's work completed closes at its end without a
// reminder; the sweep records that it decided so (`reminder_skipped_at`), and its reminder query
// reads only windows still waiting for one, through a partial index of exactly those: windows
// reminded or skipped no longer fill the sweep's bounded page until they close.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("check_ins").addColumn("reminder_skipped_at", "text").execute();
  await db.schema
    .createIndex("check_ins_reminder_due_idx")
    .on("check_ins")
    .columns(["status", "closes_at", "id"])
    .where(sql.ref("status"), "=", "open")
    .where(sql.ref("reminded_at"), "is", null)
    .where(sql.ref("reminder_skipped_at"), "is", null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("check_ins_reminder_due_idx").execute();
  await db.schema.alterTable("check_ins").dropColumn("reminder_skipped_at").execute();
}
