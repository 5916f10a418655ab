import type { Actor } from "../../platform/actor";
import type { Decision } from "../../kernel/access";
import { decideOrgAction } from "../../kernel/org-access";

/**
 * Everyone in an organisation may see its webhook endpoints and the delivery log (never a
 * secret); only those the organisation table lets manage webhooks point Accord's data
 * somewhere, change where, or send it again.
 */
export type WebhookAction = "view" | "manage";

/** Someone outside the organisation gets `not_found`, so ids reveal nothing. */
export function decideWebhookAction(actor: Actor, orgId: string, action: WebhookAction): Decision {
  return decideOrgAction(actor, orgId, action === "manage" ? "manageWebhooks" : "view");
}
