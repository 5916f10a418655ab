import type { Kysely } from "kysely";

// Issue 10, billing and matching: a reminder that was not sent says why (superseded by a later
// one, or cancelled because the invoice was paid, credited in full or voided); a brief records
// when a proposal was accepted on it, so it reads as awarded once closed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("invoice_reminders").addColumn("reason", "text").execute();
  await db.schema.alterTable("briefs").addColumn("awarded_at", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("briefs").dropColumn("awarded_at").execute();
  await db.schema.alterTable("invoice_reminders").dropColumn("reason").execute();
}
