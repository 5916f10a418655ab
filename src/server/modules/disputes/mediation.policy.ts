import type { MediatorStanding } from "../../../domain/dispute/mediation";
import { isModerator, type Participants } from "../../kernel/access";
import type { Actor } from "../../platform/actor";

/**
 * How the actor stands towards an engagement's mediation: a platform moderator or not, and the
 * side whose organisation they belong to (any role), which makes them a party, not a mediator.
 */
export function mediatorStandingOf(actor: Actor, engagement: Participants): MediatorStanding {
  const isIn = (orgId: string | null) => orgId !== null && actor.memberships.has(orgId);
  return {
    isModerator: isModerator(actor),
    memberOf: isIn(engagement.client_org_id)
      ? "client"
      : isIn(engagement.provider_org_id)
        ? "provider"
        : null,
  };
}
