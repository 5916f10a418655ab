import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { recordAudit } from "../../kernel/audit.repository";
import { loadEndpoint } from "./webhook-access";
import { deleteEndpoint } from "./webhooks.repository";

/**
 * An owner removes an endpoint for good, with its delivery log; nothing more is sent to it.
 * (To stop deliveries but keep the log, switch it off instead.) The audit trail keeps who did it.
 */
export function deleteWebhook(
  deps: AppDeps,
  actor: Actor,
  params: { orgId: string; webhookId: string },
): Promise<Result<{ ok: true }>> {
  return runInTransaction(deps.db, async (trx) => {
    const loaded = await loadEndpoint(trx, actor, params.orgId, params.webhookId, "manage");
    if (!loaded.ok) return loaded;
    await deleteEndpoint(trx, params.webhookId);
    await recordAudit(trx, deps, {
      actorUserId: actor.userId,
      orgId: params.orgId,
      action: "webhook.deleted",
      subject: `${params.webhookId} ${loaded.value.url}`,
    });
    return ok({ ok: true as const });
  });
}
