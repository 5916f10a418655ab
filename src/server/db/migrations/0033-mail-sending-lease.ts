import type { Kysely } from "kysely";

// A process that stops while it sends an e-mail leaves the row claimed ("sending"): the lease
// says until when the claim holds, after which a sweep offers the e-mail again. Rows claimed
// before this migration have none and are offered again at the next sweep.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("mail_outbox").addColumn("lease_until", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("mail_outbox").dropColumn("lease_until").execute();
}
