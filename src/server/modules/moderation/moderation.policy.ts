import { isModerator } from "../../kernel/access";
import type { Actor } from "../../platform/actor";

export type CaseViewerRole = "moderator" | "accused" | "complainant";

interface CaseParties {
  accused_org_id: string;
  complainant_org_id: string | null;
}

/**
 * How the actor stands in a case: the accused and complainant organisations see theirs (any
 * role), moderators every other case, everyone else nothing (`not_found`). Being a party comes
 * first: a moderator who belongs to an organisation in the case reads it, and acts in it, as
 * that party (answering the notice, appealing), never as its judge, so the moderator's view
 * (a review still blind to the parties, a hidden review's text) does not reach a party.
 */
export function caseViewerRole(actor: Actor, parties: CaseParties): CaseViewerRole | null {
  if (actor.memberships.has(parties.accused_org_id)) return "accused";
  if (parties.complainant_org_id && actor.memberships.has(parties.complainant_org_id)) {
    return "complainant";
  }
  return isModerator(actor) ? "moderator" : null;
}

/**
 * Why the actor may not judge a case they can read, or null when they may: only a moderator
 * judges (`moderator_only`), and never one who belongs to an organisation in the case
 * (`moderator_is_party`): the parties are owed a judge with no stake in it.
 */
export function judgeRefusal(
  actor: Actor,
  viewerRole: CaseViewerRole,
): "moderator_only" | "moderator_is_party" | null {
  if (viewerRole === "moderator") return null;
  return isModerator(actor) ? "moderator_is_party" : "moderator_only";
}

/** Whether the actor speaks for the organisation in a case: its owners and members. */
export function speaksFor(actor: Actor, orgId: string | null): boolean {
  const role = orgId ? actor.memberships.get(orgId) : undefined;
  return role === "owner" || role === "member";
}
