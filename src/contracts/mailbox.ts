import { z } from "zod";
import { Id, Timestamp } from "./common";

/** The demo outbox: mail addressed to the signed-in user, when mail is not sent by SMTP. */
export const MailboxMessage = z.object({
  id: Id,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: Timestamp,
});
export const Mailbox = z.object({ messages: z.array(MailboxMessage) });
