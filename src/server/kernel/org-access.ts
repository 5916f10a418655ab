import type { OrgAbilities, OrgAction } from "../../contracts/abilities";
import type { OrgKind, Role } from "../../contracts/common";
import type { Decision } from "./access";
import { roleIn, type Actor } from "../platform/actor";

/**
 * Which roles may do what inside their own organisation; the one table for organisation-wide
 * actions (webhooks and billing reminders included), which the web reads as `abilities`.
 */
export const ORG_PERMISSIONS = {
  view: ["owner", "member", "viewer"],
  work: ["owner", "member"],
  manageMembers: ["owner"],
  manageTokens: ["owner"],
  manageWebhooks: ["owner"],
  manageReminders: ["owner"],
} as const satisfies Record<OrgAction, readonly Role[]>;

export type { OrgAction };

/**
 * Actions that exist only for one kind of organisation: only providers send invoices, so only
 * they have a reminder schedule (its use-case refuses other kinds with organisation_kind_wrong).
 */
export const ORG_ACTION_KINDS: Partial<Record<OrgAction, readonly OrgKind[]>> = {
  manageReminders: ["provider"],
};

/**
 * Decides an action on an organisation. Someone outside it gets `not_found`, never
 * `forbidden`, so that probing ids reveals nothing about other organisations.
 */
export function decideOrgAction(actor: Actor, orgId: string, action: OrgAction): Decision {
  return decideOrgActionByRole(roleIn(actor, orgId), action);
}

/**
 * `decideOrgAction` for a role read afresh (none: not a member), when the role the request
 * started with may have changed since: read under the organisation's lock, it cannot change
 * again before the write commits.
 */
export function decideOrgActionByRole(role: Role | undefined, action: OrgAction): Decision {
  if (!role) return "not_found";
  return isPermitted(role, action) ? "allowed" : "forbidden";
}

/** One flag per organisation action for someone of this role in an organisation of this kind. */
export function orgAbilitiesOf(role: Role, kind: OrgKind): OrgAbilities {
  return Object.fromEntries(
    (Object.keys(ORG_PERMISSIONS) as OrgAction[]).map((action) => [
      action,
      isPermitted(role, action) && (ORG_ACTION_KINDS[action] ?? [kind]).includes(kind),
    ]),
  ) as OrgAbilities;
}

function isPermitted(role: Role, action: OrgAction): boolean {
  return (ORG_PERMISSIONS[action] as readonly Role[]).includes(role);
}
