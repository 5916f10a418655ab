import type { z } from "zod";
import type { WebhookList } from "../../../contracts/webhooks";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { presentWebhook } from "./webhook.presenter";
import { decideWebhookAction } from "./webhook.policy";
import { listEndpoints } from "./webhooks.repository";

export async function listWebhooks(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
): Promise<Result<z.infer<typeof WebhookList>>> {
  const decision = decideWebhookAction(actor, orgId, "view");
  if (decision !== "allowed") return fail(decision);
  const rows = await listEndpoints(deps.db, orgId);
  return ok({ webhooks: rows.map(presentWebhook) });
}
