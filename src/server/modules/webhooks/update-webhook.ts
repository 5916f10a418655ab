import type { z } from "zod";
import type { UpdateWebhookBody, Webhook } from "../../../contracts/webhooks";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { recordAudit } from "../../kernel/audit.repository";
import { loadEndpoint, urlFailure, urlTaken } from "./webhook-access";
import { presentWebhook } from "./webhook.presenter";
import { endpointAt } from "../../../domain/webhooks/webhook-delivery";
import { lockOrganisation } from "../../db/locking";
import { findEndpoint, listEndpoints, updateEndpoint } from "./webhooks.repository";

/**
 * An owner changes where and what an endpoint receives, or switches it off and on. Switched
 * off, it gets no new deliveries and its pending ones wait until it is switched on again.
 */
export async function updateWebhook(
  deps: AppDeps,
  actor: Actor,
  params: { orgId: string; webhookId: string },
  input: z.infer<typeof UpdateWebhookBody>,
): Promise<Result<z.infer<typeof Webhook>>> {
  if (input.url !== undefined) {
    const badUrl = await urlFailure(deps, input.url);
    if (badUrl) return fail("validation_failed", undefined, [badUrl]);
  }
  return runInTransaction(deps.db, async (trx) => {
    const loaded = await loadEndpoint(trx, actor, params.orgId, params.webhookId, "manage");
    if (!loaded.ok) return loaded;
    if (input.url !== undefined) {
      await lockOrganisation(trx, deps.dialect, params.orgId);
      const taken = endpointAt(await listEndpoints(trx, params.orgId), input.url, params.webhookId);
      if (taken) return urlTaken(taken.url);
    }
    await updateEndpoint(trx, params.webhookId, {
      ...(input.url !== undefined && { url: input.url }),
      ...(input.description !== undefined && { description: input.description }),
      ...(input.eventTypes !== undefined && {
        event_types: JSON.stringify([...new Set(input.eventTypes)]),
      }),
      ...(input.isActive !== undefined && { is_active: input.isActive ? 1 : 0 }),
    });
    await recordAudit(trx, deps, {
      actorUserId: actor.userId,
      orgId: params.orgId,
      action: "webhook.updated",
      subject: params.webhookId,
    });
    const updated = await findEndpoint(trx, params.orgId, params.webhookId);
    if (!updated) throw new Error("webhook vanished inside its own transaction");
    return ok(presentWebhook(updated));
  });
}
