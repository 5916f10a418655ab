import type { z } from "zod";
import type { WebhookDeliveryDetail } from "../../../contracts/webhooks";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { loadEndpoint } from "./webhook-access";
import { presentAttempt, presentDelivery } from "./webhook.presenter";
import { findDelivery, listAttempts } from "./webhooks.repository";

/** One delivery with the exact body sent and every attempt's outcome. */
export async function getWebhookDelivery(
  deps: AppDeps,
  actor: Actor,
  params: { orgId: string; webhookId: string; deliveryId: string },
): Promise<Result<z.infer<typeof WebhookDeliveryDetail>>> {
  const loaded = await loadEndpoint(deps.db, actor, params.orgId, params.webhookId, "view");
  if (!loaded.ok) return loaded;
  const delivery = await findDelivery(deps.db, params.webhookId, params.deliveryId);
  if (!delivery) return fail("not_found");
  const attempts = await listAttempts(deps.db, delivery.id);
  return ok({
    ...presentDelivery(delivery),
    payload: delivery.payload,
    attemptLog: attempts.map(presentAttempt),
  });
}
