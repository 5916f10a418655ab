import type { Role } from "../../../contracts/common";
import type { Decision } from "../../kernel/access";
import { roleIn, type Actor } from "../../platform/actor";

/** Which roles may do what inside their own organisation. */
export const ORG_PERMISSIONS = {
  view: ["owner", "member", "viewer"],
  manageMembers: ["owner"],
  manageTokens: ["owner"],
  startEngagement: ["owner", "member"],
} as const satisfies Record<string, readonly Role[]>;

export type OrgAction = keyof typeof ORG_PERMISSIONS;

/**
 * Decides an action on an organisation. Someone outside it gets `not_found`, never
 * `forbidden`, so that probing ids reveals nothing about other organisations.
 */
export function decideOrgAction(actor: Actor, orgId: string, action: OrgAction): Decision {
  const role = roleIn(actor, orgId);
  if (!role) return "not_found";
  return (ORG_PERMISSIONS[action] as readonly Role[]).includes(role) ? "allowed" : "forbidden";
}
