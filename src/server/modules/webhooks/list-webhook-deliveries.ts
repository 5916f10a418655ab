import type { z } from "zod";
import type { WebhookDeliveryList, WebhookDeliveryListQuery } from "../../../contracts/webhooks";
import type { Actor } from "../../platform/actor";
import { cursorFromQuery, keysetPage } from "../../platform/cursor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
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
  const before = cursorFromQuery(query.before);
  if (!before.ok) return before;
  const rows = await listDeliveries(deps.db, {
    endpointId: params.webhookId,
    ...(query.status && { status: query.status }),
    ...(before.value && { before: before.value }),
    limit: query.limit + 1,
  });
  const page = keysetPage(rows, query.limit, (row) => ({ key: row.created_at, id: row.id }));
  return ok({ deliveries: page.items.map(presentDelivery), nextCursor: page.nextCursor });
}
