import type { Kysely } from "kysely";

// A notification e-mail names where one click unsubscribes its reader (RFC 8058); the link is
// signed for the reader when the e-mail is written, so the outbox keeps it until it is sent.
// Transactional mail (invitations, password resets) has none: null.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("mail_outbox").addColumn("list_unsubscribe_url", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("mail_outbox").dropColumn("list_unsubscribe_url").execute();
}
