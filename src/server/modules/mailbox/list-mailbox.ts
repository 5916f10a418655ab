import type { z } from "zod";
import type { MailboxMessage } from "../../../contracts/mailbox";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";

/** The demo mailbox: mail kept in the outbox for the actor's own address, newest first. */
export async function listMailbox(
  deps: AppDeps,
  actor: Actor,
): Promise<Result<z.infer<typeof MailboxMessage>[]>> {
  if (!deps.mailer.keepsMailInOutbox) return fail("mailbox_disabled");
  const rows = await deps.db
    .selectFrom("mail_outbox")
    .select(["id", "to_address", "subject", "text_body", "created_at"])
    .where("to_address", "=", actor.email)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(100)
    .execute();
  return ok(
    rows.map((r) => ({
      id: r.id,
      to: r.to_address,
      subject: r.subject,
      text: r.text_body,
      createdAt: r.created_at,
    })),
  );
}
