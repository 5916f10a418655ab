import type { Kysely } from "kysely";
import type { EngagementEvent } from "../../../domain/ledger/event-catalogue";
import { chainEvent, type ChainedEvent } from "../../../domain/ledger/ledger";
import type { Database } from "../../db/schema";
import { lockEngagementRow, type LockedEngagementRow } from "../../db/locking";
import type { AppDeps } from "../../platform/deps";
import { publishEvent, type HeldByAppend } from "../notifications/publish-event";
import { findLastEvent } from "./ledger.repository";

/** An event to append: a member of the catalogue, with who caused it on which engagement. */
export type NewEngagementEvent = EngagementEvent & {
  engagementId: string;
  actorUserId: string | null;
  actorOrgId: string | null;
};

/**
 * Appends an event to an engagement's chain. Call it inside the transaction of the change it
 * records: the engagement row is locked first, so concurrent appends chain one after another.
 * Notifications, e-mails and webhook deliveries the event causes are written in the same
 * transaction, so they exist exactly when the event does; so do the reactions composed into
 * `deps.afterAppend` (the engagement's health). Only members of the event catalogue are
 * accepted, each with its own payload.
 *
 * `locked`: the engagement's row as `lockEngagementRow` returned it earlier in this
 * transaction, when the caller locked it first; the lock is not taken or read again.
 * `held`: what the caller wrote and holds, which the event's e-mails would read again (a
 * posted message's text, by its id).
 */
export async function appendEvent(
  trx: Kysely<Database>,
  deps: AppDeps,
  event: NewEngagementEvent,
  locked?: LockedEngagementRow,
  held?: HeldByAppend,
): Promise<ChainedEvent<EngagementEvent>> {
  const engagement = locked ?? (await lockEngagementRow(trx, deps.dialect, event.engagementId));
  const previous = await findLastEvent(trx, event.engagementId);
  const chained = chainEvent(
    previous && { seq: Number(previous.seq), hash: previous.hash },
    { ...event, occurredAt: deps.clock.now().toISOString() },
    deps.ids.newId(),
  );
  // The event's row is written by `publishEvent`: on PostgreSQL with its notifications.
  await publishEvent(trx, deps, chained, engagement, held);
  for (const react of deps.afterAppend) await react(trx, deps, chained);
  return chained;
}
