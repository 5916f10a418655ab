import type { Kysely } from "kysely";
import { compiledOnce } from "../../db/compiled-once";
import type { Database } from "../../db/schema";

/**
 * Says whether an event of the engagement is mailed now or gathered. After a quiet spell the
 * event is mailed at once and a window opens (a row with no `from_seq`); the first event within
 * the window marks where the rest of the burst starts, and later ones find it marked, so the
 * sweeper tells the whole rest in one e-mail per person when the window ends. Runs in the
 * append's transaction, under the engagement's lock.
 */
export async function gatherMail(
  db: Kysely<Database>,
  event: { engagementId: string; seq: number; windowEndsAt: string },
): Promise<"mail-now" | "gathered"> {
  // One statement: the window opened (its row comes back without `from_seq`), or the burst's
  // start marked (the row comes back with it), or nothing when the start was marked already.
  const [row] = await windowOpenedOrMarked(db, event.engagementId, event.windowEndsAt, event.seq);
  return row && row.from_seq === null ? "mail-now" : "gathered";
}

// Every notified event writes it: built and compiled once.
const windowOpenedOrMarked = compiledOnce(
  (db, engagementId: string, windowEndsAt: string, seq: number) =>
    db
      .insertInto("notification_mail_pending")
      .values({ engagement_id: engagementId, from_seq: null, due_at: windowEndsAt })
      .onConflict((oc) =>
        oc
          .column("engagement_id")
          .doUpdateSet({ from_seq: seq })
          .where("notification_mail_pending.from_seq", "is", null),
      )
      .returning("from_seq"),
);

/** Opens a quiet window after a gathered e-mail, so the next event waits for it too. */
export async function openMailWindow(
  db: Kysely<Database>,
  row: { engagementId: string; windowEndsAt: string },
): Promise<void> {
  await db
    .insertInto("notification_mail_pending")
    .values({ engagement_id: row.engagementId, from_seq: null, due_at: row.windowEndsAt })
    .execute();
}

/** Engagements whose window has passed, the longest waiting first. */
export function listDueMailPending(db: Kysely<Database>, now: string, limit: number) {
  return db
    .selectFrom("notification_mail_pending")
    .select("engagement_id")
    .where("due_at", "<=", now)
    .orderBy("due_at")
    .orderBy("engagement_id")
    .limit(limit)
    .execute();
}

/**
 * Closes the engagement's window if it has ended and says where the events it gathered start:
 * null when the window gathered none, undefined when another sweeper closed it first (and may
 * have opened the next, which is not due).
 */
export async function takeMailPending(
  db: Kysely<Database>,
  engagementId: string,
  now: string,
): Promise<number | null | undefined> {
  const row = await db
    .deleteFrom("notification_mail_pending")
    .where("engagement_id", "=", engagementId)
    .where("due_at", "<=", now)
    .returning("from_seq")
    .executeTakeFirst();
  if (!row) return undefined;
  return row.from_seq === null ? null : Number(row.from_seq);
}
