import type { Role } from "../../../contracts/common";
import type { Side } from "../../../domain/engagement/engagement";
import type { Actor } from "../../platform/actor";
import type { Decision } from "../orgs/org.policy";

/** Which roles of a participating organisation may do what on an engagement. */
export const ENGAGEMENT_PERMISSIONS = {
  view: ["owner", "member", "viewer"],
  act: ["owner", "member"],
} as const satisfies Record<string, readonly Role[]>;

export type EngagementAction = keyof typeof ENGAGEMENT_PERMISSIONS;

interface Participants {
  client_org_id: string | null;
  provider_org_id: string | null;
}

/** The side the actor is on, or undefined when they belong to neither organisation. */
export function sideOf(
  actor: Actor,
  engagement: Participants,
): { side: Side; role: Role } | undefined {
  const clientRole = engagement.client_org_id
    ? actor.memberships.get(engagement.client_org_id)
    : undefined;
  if (clientRole) return { side: "client", role: clientRole };
  const providerRole = engagement.provider_org_id
    ? actor.memberships.get(engagement.provider_org_id)
    : undefined;
  if (providerRole) return { side: "provider", role: providerRole };
  return undefined;
}

/**
 * Decides an action on an engagement. Only the two participating organisations see it at all;
 * everyone else gets `not_found`, never a hint that it exists.
 */
export function decideEngagementAction(
  actor: Actor,
  engagement: Participants,
  action: EngagementAction,
): Decision {
  const participant = sideOf(actor, engagement);
  if (!participant) return "not_found";
  return (ENGAGEMENT_PERMISSIONS[action] as readonly Role[]).includes(participant.role)
    ? "allowed"
    : "forbidden";
}
