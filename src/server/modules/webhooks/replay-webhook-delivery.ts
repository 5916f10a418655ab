import type { z } from "zod";
import type { WebhookDelivery } from "../../../contracts/webhooks";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { recordAudit } from "../../kernel/audit.repository";
import { loadEndpoint } from "./webhook-access";
import { presentDelivery } from "./webhook.presenter";
import { findDelivery, insertDeliveries } from "./webhooks.repository";

/**
 * An owner sends a delivery again, whatever became of it: a new delivery with the same body
 * (so receivers can recognise the event by its `id`), due now, pointing at the original.
 */
export function replayWebhookDelivery(
  deps: AppDeps,
  actor: Actor,
  params: { orgId: string; webhookId: string; deliveryId: string },
): Promise<Result<z.infer<typeof WebhookDelivery>>> {
  return runInTransaction(deps.db, async (trx) => {
    const loaded = await loadEndpoint(trx, actor, params.orgId, params.webhookId, "manage");
    if (!loaded.ok) return loaded;
    const original = await findDelivery(trx, params.webhookId, params.deliveryId);
    if (!original) return fail("not_found");
    if (Number(loaded.value.is_active) !== 1) return fail("webhook_inactive");
    const now = deps.clock.now().toISOString();
    const replay = {
      id: deps.ids.newId(),
      endpoint_id: original.endpoint_id,
      event_id: original.event_id,
      event_type: original.event_type,
      payload: original.payload,
      status: "pending" as const,
      attempts: 0,
      next_attempt_at: now,
      lease_until: null,
      last_status_code: null,
      last_problem: null,
      last_error: null,
      replay_of: original.id,
      created_at: now,
      delivered_at: null,
    };
    await insertDeliveries(trx, [replay]);
    await recordAudit(trx, deps, {
      actorUserId: actor.userId,
      orgId: params.orgId,
      action: "webhook.replayed",
      subject: original.id,
    });
    return ok(presentDelivery(replay));
  });
}
