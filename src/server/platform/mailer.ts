import { sql, type Kysely } from "kysely";
import { createRequire } from "node:module";
import { setTimeout as delay } from "node:timers/promises";
import type * as Nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import type { Logger } from "pino";
import { compiledPerShape } from "../db/compiled-once";
import type { Database, MailOutboxTable } from "../db/schema";
import type { Clock } from "./clock";
import type { IdGenerator } from "./ids";
import { mailHtmlOf } from "./mail-html";

export interface OutgoingMail {
  to: string;
  /** The reader's language: the whole e-mail, subject included, is written in it. */
  locale: string;
  subject: string;
  text: string;
  /**
   * Notification e-mail only: where one POST unsubscribes the reader (RFC 8058,
   * `list-unsubscribe.ts`). Transactional mail (invitations, password resets) has none.
   */
  listUnsubscribeUrl?: string;
}

/**
 * A transactional outbox: use-cases enqueue mail in the same transaction as the change that
 * caused it, and `deliverPending` sends it afterwards. A crash between the two loses nothing,
 * and each row is claimed with a conditional update, so several processes never send it twice.
 * Each e-mail goes out with a plain-text part and the same text as HTML, its language, a
 * `Message-ID` made of its outbox id (a retry is recognisably the same e-mail), the `Date` it
 * was sent, and, for notification e-mail, the one-click unsubscribe headers of RFC 8058.
 */
export interface Mailer {
  /** True when mail stays in the outbox for the demo mailbox instead of going out by SMTP. */
  readonly keepsMailInOutbox: boolean;
  enqueue(db: Kysely<Database>, mail: OutgoingMail): Promise<void>;
  /** Several mails in one statement (an event's notifications reach a score of people). */
  enqueueAll(db: Kysely<Database>, mails: readonly OutgoingMail[]): Promise<void>;
  deliverPending(): Promise<number>;
  /**
   * Delivers what is pending without holding the reply that caused it. A failure is logged, not
   * thrown (nothing awaits it), and `close` waits for the delivery before the database closes.
   */
  deliverSoon(): void;
  /**
   * Starts no more deliveries, waits a few seconds at most for those under way, then closes
   * the SMTP connection.
   */
  close(): Promise<void>;
}

const MAX_ATTEMPTS = 5;
/** Longer than any send takes (nodemailer gives up on a silent server after ten minutes). */
const SENDING_LEASE_MS = 15 * 60_000;
const CLOSE_GRACE_MS = 5_000;
/** Rows per insert: eleven parameters each stays far below either database's limit. */
const ENQUEUE_CHUNK = 500;

export function createMailer(options: {
  db: Kysely<Database>;
  transport: string;
  from: string;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  /** How long `close` waits for deliveries under way. */
  closeGraceMs?: number;
}): Mailer {
  const { db, clock, ids, logger } = options;
  let closing = false;
  let pastCloseGrace = false;
  const keepsMailInOutbox = options.transport === "outbox";
  const messageIdDomain = domainOf(options.from);
  const transporter: Transporter | null = keepsMailInOutbox
    ? null
    : // Loaded only for SMTP: the outbox, the default, never needs it.
      (createRequire(import.meta.url)("nodemailer") as typeof Nodemailer).createTransport(
        options.transport,
      );

  /** Several mails in one statement a chunk; `this`-free, so the methods may be passed around. */
  async function enqueueAll(trx: Kysely<Database>, mails: readonly OutgoingMail[]): Promise<void> {
    const createdAt = clock.now().toISOString();
    const rowIds = mails.map(() => ids.newId());
    for (let start = 0; start < mails.length; start += ENQUEUE_CHUNK) {
      const chunk = mails.slice(start, start + ENQUEUE_CHUNK);
      await pendingMailRows(
        trx,
        {},
        {
          ids: rowIds.slice(start, start + ENQUEUE_CHUNK),
          to: chunk.map((mail) => mail.to),
          locales: chunk.map((mail) => mail.locale),
          subjects: chunk.map((mail) => mail.subject),
          texts: chunk.map((mail) => mail.text),
          listUnsubscribeUrls: chunk.map((mail) => mail.listUnsubscribeUrl ?? null),
          createdAt,
        },
      );
    }
  }

  async function deliverPending(): Promise<number> {
    if (!transporter) return 0;
    await offerInterruptedSendsAgain();
    const due = await db
      .selectFrom("mail_outbox")
      .selectAll()
      .where("status", "=", "pending")
      .orderBy("created_at")
      .orderBy("id")
      .limit(50)
      .execute();
    let sent = 0;
    for (const mail of due) {
      if (pastCloseGrace) break;
      const claim = await db
        .updateTable("mail_outbox")
        .set({
          status: "sending",
          attempts: mail.attempts + 1,
          lease_until: new Date(clock.now().getTime() + SENDING_LEASE_MS).toISOString(),
        })
        .where("id", "=", mail.id)
        .where("status", "=", "pending")
        .executeTakeFirst();
      if (claim.numUpdatedRows === 0n) continue;
      try {
        await transporter.sendMail({
          from: options.from,
          to: mail.to_address,
          subject: mail.subject,
          text: mail.text_body,
          html: mailHtmlOf(mail.text_body, mail.locale, mail.subject),
          messageId: `<${mail.id}@${messageIdDomain}>`,
          date: clock.now(),
          headers: {
            "Content-Language": mail.locale,
            ...(mail.list_unsubscribe_url && {
              "List-Unsubscribe": `<${mail.list_unsubscribe_url}>`,
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            }),
          },
        });
        await db
          .updateTable("mail_outbox")
          .set({ status: "sent", sent_at: clock.now().toISOString(), last_error: null })
          .where("id", "=", mail.id)
          .execute();
        sent++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        logger.warn({ mailId: mail.id, err: message }, "mail delivery failed");
        await db
          .updateTable("mail_outbox")
          .set({
            status: mail.attempts + 1 >= MAX_ATTEMPTS ? "failed" : "pending",
            last_error: message,
          })
          .where("id", "=", mail.id)
          .execute();
      }
    }
    return sent;
  }

  /**
   * A claim whose lease has run out belongs to a process that stopped while sending (or a send
   * that hung): the e-mail is offered again, or given up on once its attempts are spent. It may
   * then reach its reader twice, recognisably the same by its Message-ID; never not at all.
   */
  async function offerInterruptedSendsAgain(): Promise<void> {
    await db
      .updateTable("mail_outbox")
      .set({
        status: sql<
          MailOutboxTable["status"]
        >`case when attempts >= ${sql.lit(MAX_ATTEMPTS)} then 'failed' else 'pending' end`,
        lease_until: null,
      })
      .where("status", "=", "sending")
      .where((eb) =>
        eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", clock.now().toISOString())]),
      )
      .execute();
  }

  const deliveriesUnderWay = new Set<Promise<unknown>>();

  return {
    keepsMailInOutbox,
    enqueue: (trx, mail) => enqueueAll(trx, [mail]),
    enqueueAll,
    deliverPending,
    deliverSoon() {
      if (!transporter || closing) return;
      const delivery = deliverPending()
        .catch((error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          logger.warn({ err: message }, "mail delivery interrupted");
        })
        .finally(() => deliveriesUnderWay.delete(delivery));
      deliveriesUnderWay.add(delivery);
    },
    async close() {
      closing = true;
      if (deliveriesUnderWay.size > 0) {
        // A silent SMTP server must not hold a shutdown for its ten-minute timeout: past the
        // grace, the e-mail under way keeps its claim, and its lease offers it again later.
        const grace = new AbortController();
        const settled = await Promise.race([
          Promise.allSettled([...deliveriesUnderWay]).then(() => true),
          delay(options.closeGraceMs ?? CLOSE_GRACE_MS, false, { signal: grace.signal }).catch(
            () => true,
          ),
        ]);
        grace.abort();
        pastCloseGrace = !settled;
      }
      transporter?.close();
    },
  };
}

/** The domain of the sender's address ("Accord <no-reply@accord.example>"), for Message-IDs. */
function domainOf(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "accord.localhost";
}

// An event's e-mails, on every post that mails at once: built and compiled once per number of
// rows, as pending rows of the outbox.
const pendingMailRows = compiledPerShape(
  (
    db,
    _shape: object,
    values: {
      ids: string[];
      to: string[];
      locales: string[];
      subjects: string[];
      texts: string[];
      listUnsubscribeUrls: (string | null)[];
      createdAt: string;
    },
  ) =>
    db.insertInto("mail_outbox").values(
      values.ids.map((id, at) => ({
        id,
        to_address: values.to[at]!,
        locale: values.locales[at]!,
        subject: values.subjects[at]!,
        text_body: values.texts[at]!,
        list_unsubscribe_url: values.listUnsubscribeUrls[at] ?? null,
        status: "pending" as const,
        attempts: 0,
        last_error: null,
        created_at: values.createdAt,
        sent_at: null,
        lease_until: null,
      })),
    ),
);
