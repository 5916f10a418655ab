import type { z } from "zod";
import type { WebhookDeliveryList, WebhookDeliveryListQuery } from "../../../contracts/webhooks";
import type { Actor } from "../../platform/actor";
import { decodeCursor, encodeCursor } from "../../platform/cursor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { loadEndpoint } from "./webhook-access";
import { presentDelivery } from "./webhook.presenter";
import { listDeliveries } from "./webhooks.repository";

/** The endpoint's delivery log, newest first, without the bodies. */
export async function listWebhookDeliveries(
  deps: AppDeps,
  actor: Actor,
  params: { orgId: string; webhookId: string },
  query: z.infer<typeof WebhookDeliveryListQuery>,
): Promise<Result<z.infer<typeof WebhookDeliveryList>>> {
  const loaded = await loadEndpoint(deps.db, actor, params.orgId, params.webhookId, "view");
  if (!loaded.ok) return loaded;
  const before = query.before === undefined ? undefined : decodeCursor(query.before);
  if (before === undefined && query.before !== undefined) {
    return fail("validation_failed", undefined, [{ path: "cursor", key: "validation.invalid" }]);
  }
  const rows = await listDeliveries(deps.db, {
    endpointId: params.webhookId,
    ...(query.status && { status: query.status }),
    ...(before && { before }),
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return ok({
    deliveries: page.map(presentDelivery),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ createdAt: last.created_at, id: last.id })
        : null,
  });
}
