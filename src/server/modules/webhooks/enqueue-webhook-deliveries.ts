import type { Kysely } from "kysely";
import type { WebhookEvent } from "../../../domain/ledger/event-catalogue";
import type { ChainedEvent } from "../../../domain/ledger/ledger";
import { isSubscribed, webhookBody } from "../../../domain/webhooks/webhook-delivery";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { parseEventTypes } from "./webhook.presenter";
import { insertDeliveries, listActiveEndpointsOfOrgs } from "./webhooks.repository";

/**
 * Inside the event's transaction: one pending delivery per active endpoint of either
 * organisation subscribed to the event's type, due at once. The body is fixed here, so every
 * attempt and replay sends the same bytes. `active`: the organisations' active endpoints when
 * the caller read them already in this transaction (PostgreSQL, with the event's row).
 */
export async function enqueueWebhookDeliveries(
  trx: Kysely<Database>,
  deps: Pick<AppDeps, "clock" | "ids">,
  event: ChainedEvent<WebhookEvent>,
  orgIds: readonly string[],
  active?: readonly { id: string; event_types: string }[],
): Promise<void> {
  const endpoints = (active ?? (await listActiveEndpointsOfOrgs(trx, orgIds))).filter((endpoint) =>
    isSubscribed(parseEventTypes(endpoint.event_types), event.type),
  );
  if (endpoints.length === 0) return;
  const now = deps.clock.now().toISOString();
  const payload = webhookBody(event);
  await insertDeliveries(
    trx,
    endpoints.map((endpoint) => ({
      id: deps.ids.newId(),
      endpoint_id: endpoint.id,
      event_id: event.id,
      event_type: event.type,
      payload,
      status: "pending" as const,
      attempts: 0,
      next_attempt_at: now,
      lease_until: null,
      last_status_code: null,
      last_problem: null,
      last_error: null,
      replay_of: null,
      created_at: now,
      delivered_at: null,
    })),
  );
}
