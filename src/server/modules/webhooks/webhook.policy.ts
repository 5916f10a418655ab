import type { Role } from "../../../contracts/common";
import { roleIn, type Actor } from "../../platform/actor";
import type { Decision } from "../../kernel/access";

/**
 * Which roles of an organisation may do what with its webhooks. Everyone in it may see the
 * endpoints and the delivery log (never a secret); only owners point Accord's data somewhere,
 * change where, or send it again.
 */
export const WEBHOOK_PERMISSIONS = {
  view: ["owner", "member", "viewer"],
  manage: ["owner"],
} as const satisfies Record<string, readonly Role[]>;

export type WebhookAction = keyof typeof WEBHOOK_PERMISSIONS;

/** Someone outside the organisation gets `not_found`, so ids reveal nothing. */
export function decideWebhookAction(actor: Actor, orgId: string, action: WebhookAction): Decision {
  const role = roleIn(actor, orgId);
  if (!role) return "not_found";
  return (WEBHOOK_PERMISSIONS[action] as readonly Role[]).includes(role) ? "allowed" : "forbidden";
}
