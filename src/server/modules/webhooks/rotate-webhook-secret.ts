import type { z } from "zod";
import type { WebhookWithSecret } from "../../../contracts/webhooks";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { recordAudit } from "../../kernel/audit.repository";
import { loadEndpoint, newWebhookSecret } from "./webhook-access";
import { presentWebhook } from "./webhook.presenter";
import { updateEndpoint } from "./webhooks.repository";

/**
 * An owner replaces the signing secret, shown once in the answer. Signatures are made when a
 * request is sent, so every attempt from now on, retries and replays included, uses the new one.
 */
export function rotateWebhookSecret(
  deps: AppDeps,
  actor: Actor,
  params: { orgId: string; webhookId: string },
): Promise<Result<z.infer<typeof WebhookWithSecret>>> {
  return runInTransaction(deps.db, async (trx) => {
    const loaded = await loadEndpoint(trx, actor, params.orgId, params.webhookId, "manage");
    if (!loaded.ok) return loaded;
    const secret = newWebhookSecret();
    await updateEndpoint(trx, params.webhookId, { secret });
    await recordAudit(trx, deps, {
      actorUserId: actor.userId,
      orgId: params.orgId,
      action: "webhook.secret_rotated",
      subject: params.webhookId,
    });
    return ok({ ...presentWebhook({ ...loaded.value, secret }), secret });
  });
}
