import { giveOtherRequestsATurn } from "../../db/event-loop-turn";
import type { AppDeps } from "../../platform/deps";
import {
  deleteOldMail,
  deleteOldNotifications,
  deleteOldReads,
  type MailStatus,
} from "./retention.repository";

const DAY_MS = 86_400_000;

export interface RetentionRemoved {
  mails: number;
  notifications: number;
  reads: number;
}

/**
 * The sweeper's part of data minimisation: mail and in-app notifications are kept for a
 * bounded time (`deps.retention`), the ledger for ever (it is the record).
 *
 * Mail counts from when it was written (sending follows within minutes): sent mail, and mail
 * given up on after its attempts (`failed`), go once older than the mail retention; mail still
 * to send (`pending`, `sending`) stays until it is sent or given up on. With the outbox
 * transport (the demo), mail is never sent: the outbox is the mailbox, so its `pending` mail
 * goes at the same age. Notifications, read or not, go on the first day after they passed the
 * notification retention (a day's at a time: their index is by day, see migration 0026; one row
 * serves every member of an organisation, each with a read state of their own), and read
 * receipts made before that retention.
 *
 * Each sweep removes at most `windows` windows of `windowSize` rows of each kind, oldest first
 * (each window a range at the start of an index), with a turn for other requests between
 * windows; several processes sweeping at once delete each row once. Returns what went.
 */
export async function sweepRetention(
  deps: AppDeps,
  options: { windowSize?: number; windows?: number } = {},
): Promise<RetentionRemoved> {
  const now = deps.clock.now().getTime();
  const mailBefore = new Date(now - deps.retention.mailDays * DAY_MS).toISOString();
  const notificationsBefore = new Date(
    now - deps.retention.notificationDays * DAY_MS,
  ).toISOString();
  const statuses: MailStatus[] = deps.mailer.keepsMailInOutbox
    ? ["sent", "failed", "pending"]
    : ["sent", "failed"];
  const windowSize = options.windowSize ?? 500;
  const windows = options.windows ?? 5;
  const removed: RetentionRemoved = { mails: 0, notifications: 0, reads: 0 };

  /** Deletes window after window until one comes back short or the windows are spent. */
  const drain = async (deleteWindow: () => Promise<number>): Promise<number> => {
    let total = 0;
    for (let turn = 0; turn < windows; turn++) {
      if (turn > 0) await giveOtherRequestsATurn();
      const deleted = await deleteWindow();
      total += deleted;
      if (deleted < windowSize) break;
    }
    return total;
  };

  for (const status of statuses) {
    removed.mails += await drain(() => deleteOldMail(deps.db, status, mailBefore, windowSize));
  }
  removed.notifications = await drain(() =>
    deleteOldNotifications(deps.db, notificationsBefore.slice(0, 10), windowSize),
  );
  removed.reads = await drain(() => deleteOldReads(deps.db, notificationsBefore, windowSize));
  return removed;
}
