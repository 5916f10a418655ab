import { isModerator } from "../../kernel/access";
import type { Actor } from "../../platform/actor";

export type CaseViewerRole = "moderator" | "accused" | "complainant";

interface CaseParties {
  accused_org_id: string;
  complainant_org_id: string | null;
}

/**
 * How the actor stands in a case: moderators see every case, the accused and complainant
 * organisations see theirs (any role), everyone else gets nothing (`not_found`).
 */
export function caseViewerRole(actor: Actor, parties: CaseParties): CaseViewerRole | null {
  if (isModerator(actor)) return "moderator";
  if (actor.memberships.has(parties.accused_org_id)) return "accused";
  if (parties.complainant_org_id && actor.memberships.has(parties.complainant_org_id)) {
    return "complainant";
  }
  return null;
}

/** Whether the actor speaks for the organisation in a case: its owners and members. */
export function speaksFor(actor: Actor, orgId: string | null): boolean {
  const role = orgId ? actor.memberships.get(orgId) : undefined;
  return role === "owner" || role === "member";
}

/**
 * Whether the actor belongs to an organisation the case is between. A moderator who does
 * decides neither the case nor its appeal: the parties are owed a judge with no stake in it.
 */
export function isPartyToCase(actor: Actor, parties: CaseParties): boolean {
  return (
    actor.memberships.has(parties.accused_org_id) ||
    (parties.complainant_org_id !== null && actor.memberships.has(parties.complainant_org_id))
  );
}
