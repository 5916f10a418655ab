import type { Kysely } from "kysely";
import { isNotifiedEvent } from "../../../domain/ledger/event-catalogue";
import { lockEngagement } from "../../db/locking";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { toEngagementEvent } from "../../kernel/stored-events";
import {
  listDueMailPending,
  openMailWindow,
  takeMailPending,
} from "./notification-mail-pending.repository";
import { mailEvents } from "./publish-event";

/** Engagements told per sweep; the rest wait for the next one. */
const BATCH = 100;

/**
 * The sweeper's step for notification e-mail gathered over a window: for each engagement whose
 * window has passed, one e-mail per person of everything notified within it after the event
 * that opened it, written to the outbox in the transaction that closes it; a new window then
 * opens, so a steady stream of events is told at most once a window. A window that gathered
 * nothing just closes. The engagement is locked as appends lock it, so an event is either in
 * this e-mail or in the next window; several processes may sweep, and only the one that closes
 * the window writes. Returns the e-mails written.
 */
export async function sendGatheredNotificationMail(deps: AppDeps): Promise<number> {
  const due = await listDueMailPending(deps.db, deps.clock.now().toISOString(), BATCH);
  let written = 0;
  for (const { engagement_id: engagementId } of due) {
    written += await deps.db
      .transaction()
      .execute((trx) => tellEngagement(trx, deps, engagementId));
  }
  return written;
}

async function tellEngagement(
  trx: Kysely<Database>,
  deps: AppDeps,
  engagementId: string,
): Promise<number> {
  await lockEngagement(trx, deps.dialect, engagementId);
  const now = deps.clock.now();
  const fromSeq = await takeMailPending(trx, engagementId, now.toISOString());
  if (fromSeq === undefined || fromSeq === null) return 0;
  await openMailWindow(trx, {
    engagementId,
    windowEndsAt: new Date(
      deps.clock.now().getTime() + deps.notificationMailWindowMs,
    ).toISOString(),
  });
  const rows = await trx
    .selectFrom("engagement_events")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .where("seq", ">=", fromSeq)
    .orderBy("seq")
    .execute();
  const head = rows.at(-1);
  if (!head) return 0;
  const events = rows.map(toEngagementEvent).flatMap((event) => {
    if (!isNotifiedEvent(event)) return [];
    return [event];
  });
  return mailEvents(trx, deps, engagementId, events, head.hash);
}
