import type { Kysely } from "kysely";
import { webhookUrlProblem } from "../../../domain/webhooks/webhook-delivery";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { newSecret } from "../../platform/ids";
import { fail, failAtField, type FieldFailure, ok, type Result } from "../../platform/result";
import { checkWebhookHost } from "./webhook-host";
import { decideWebhookAction, type WebhookAction } from "./webhook.policy";
import { findEndpoint, type EndpointRow } from "./webhooks.repository";

/** Checks the action on the organisation's webhooks, then finds the endpoint in it. */
export async function loadEndpoint(
  db: Kysely<Database>,
  actor: Actor,
  orgId: string,
  endpointId: string,
  action: WebhookAction,
): Promise<Result<EndpointRow>> {
  const decision = decideWebhookAction(actor, orgId, action);
  if (decision !== "allowed") return fail(decision);
  const endpoint = await findEndpoint(db, orgId, endpointId);
  return endpoint ? ok(endpoint) : fail("not_found");
}

/**
 * Why Accord may not post to the URL, as a field failure; null when it may. The text is
 * checked first, then the host is resolved and every address it resolves to must be public.
 */
export async function urlFailure(
  deps: Pick<AppDeps, "webhooks">,
  url: string,
): Promise<FieldFailure | null> {
  const problem = webhookUrlProblem(url, deps.webhooks.allowsLoopbackHttp);
  switch (problem) {
    case null:
      break;
    case "invalid":
      return { path: "url", key: "webhooks.url_invalid" };
    case "https_required":
      return { path: "url", key: "webhooks.url_https_required" };
    case "private_host":
      return { path: "url", key: "webhooks.url_private_host" };
  }
  const check = await checkWebhookHost(deps.webhooks, new URL(url).hostname);
  if (check.ok) return null;
  return check.problem === "unresolvable"
    ? { path: "url", key: "webhooks.url_unresolvable" }
    : { path: "url", key: "webhooks.url_private_host" };
}

/** A new signing secret; the prefix tells people what they are holding. */
export function newWebhookSecret(): string {
  return `whsec_${newSecret()}`;
}

/** The second endpoint at a URL: 409 naming it, at the `url` field. */
export function urlTaken(url: string) {
  return failAtField("webhook_url_taken", "url", { url });
}
