import type { Kysely } from "kysely";
import type { EngagementEvent } from "../../../domain/ledger/event-catalogue";
import { chainEvent, type ChainedEvent } from "../../../domain/ledger/ledger";
import type { Database } from "../../db/schema";
import { lockEngagement } from "../../db/locking";
import type { AppDeps } from "../../platform/deps";
import { publishEvent } from "../notifications/publish-event";
import { refreshEngagementHealth } from "../relationship-health/refresh-engagement-health";
import { findLastEvent, insertEvent } from "./ledger.repository";

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
 * transaction, so they exist exactly when the event does; so does the engagement's health. Only members of the event catalogue
 * are accepted, each with its own payload.
 */
export async function appendEvent(
  trx: Kysely<Database>,
  deps: AppDeps,
  event: NewEngagementEvent,
): Promise<ChainedEvent<EngagementEvent>> {
  await lockEngagement(trx, deps.dialect, event.engagementId);
  const previous = await findLastEvent(trx, event.engagementId);
  const chained = chainEvent(
    previous && { seq: Number(previous.seq), hash: previous.hash },
    { ...event, occurredAt: deps.clock.now().toISOString() },
    deps.ids.newId(),
  );
  await insertEvent(trx, chained);
  await publishEvent(trx, deps, chained);
  // Health follows every event but its own (whose raising it is).
  if (!chained.type.startsWith("health."))
    await refreshEngagementHealth(trx, deps, event.engagementId);
  return chained;
}
