import type { z } from "zod";
import type { CreateWebhookBody, WebhookWithSecret } from "../../../contracts/webhooks";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { recordAudit } from "../../kernel/audit.repository";
import { newWebhookSecret, urlFailure, urlTaken } from "./webhook-access";
import { presentWebhook } from "./webhook.presenter";
import { decideWebhookAction } from "./webhook.policy";
import { endpointAt } from "../../../domain/webhooks/webhook-delivery";
import { lockOrganisation } from "../../db/locking";
import { insertEndpoint, listEndpoints } from "./webhooks.repository";

/**
 * An owner points the organisation's events at a URL. The answer carries the signing secret,
 * the only time it is shown; deliveries start with the next event. A URL the organisation
 * already sends to is refused (`endpointAt`), under the organisation's lock so two requests at
 * once make one endpoint.
 */
export async function createWebhook(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
  input: z.infer<typeof CreateWebhookBody>,
): Promise<Result<z.infer<typeof WebhookWithSecret>>> {
  const decision = decideWebhookAction(actor, orgId, "manage");
  if (decision !== "allowed") return fail(decision);
  const badUrl = await urlFailure(deps, input.url);
  if (badUrl) return fail("validation_failed", undefined, [badUrl]);
  return runInTransaction(deps.db, async (trx) => {
    await lockOrganisation(trx, deps.dialect, orgId);
    const taken = endpointAt(await listEndpoints(trx, orgId), input.url);
    if (taken) return urlTaken(taken.url);
    const secret = newWebhookSecret();
    const row = {
      id: deps.ids.newId(),
      org_id: orgId,
      url: input.url,
      description: input.description,
      secret,
      event_types: JSON.stringify([...new Set(input.eventTypes)]),
      is_active: 1,
      created_by: actor.userId,
      created_at: deps.clock.now().toISOString(),
    };
    await insertEndpoint(trx, row);
    await recordAudit(trx, deps, {
      actorUserId: actor.userId,
      orgId,
      action: "webhook.created",
      subject: row.id,
    });
    return ok({ ...presentWebhook(row), secret });
  });
}
