import type { EngagementActionOf, EngagementPart } from "../../contracts/abilities";
import type { Role } from "../../contracts/common";
import type { Side } from "../../domain/engagement/engagement";
import type { Actor } from "../platform/actor";

/**
 * Whether the actor is a platform moderator: the one check of every moderators' area (the
 * queue, the closer-look list, hiding a review, the nudge figures, mediation, the taxonomy).
 * Only in person: an API token speaks for its one organisation (its scopes and `memberships`
 * say so), never with its creator's platform role, so a moderator's token reads a case as
 * that organisation does, or not at all.
 */
export function isModerator(actor: Pick<Actor, "platformRole" | "via">): boolean {
  return actor.platformRole === "moderator" && actor.via.kind === "session";
}

/** The answer to "may this actor do this?"; outsiders get `not_found`, never a hint. */
export type Decision = "allowed" | "not_found" | "forbidden";

/** The two organisations of an engagement, as every engagement row carries them. */
export interface Participants {
  client_org_id: string | null;
  provider_org_id: string | null;
}

/** The organisation on that side of the engagement (null while a side is still invited). */
export function orgIdOfSide(engagement: Participants, side: Side): string | null {
  return side === "client" ? engagement.client_org_id : engagement.provider_org_id;
}

/**
 * Who may take one action on an engagement: which roles, on which side. `endsWithExit`: the
 * action asks for work of a relationship that goes on, so it is refused once the exit has ended
 * the engagement (`engagementEndedOn`); `lockParticipant` applies it.
 */
export interface AccessRule {
  roles: readonly Role[];
  side: Side | "either";
  endsWithExit?: true;
}

/** A part's declarative table: action name → rule. Each part keeps its own beside its code. */
export type AccessTable = Record<string, AccessRule>;

/**
 * A part's table whose actions are exactly the ones the contract lists for it
 * (`ENGAGEMENT_ACTIONS`), so an action added on one side only does not compile.
 */
export type AccessTableOf<P extends EngagementPart> = Record<EngagementActionOf<P>, AccessRule>;

/** Rules every role of either side shares, written once: view (all roles), write (no viewers). */
export const READ: AccessRule = { roles: ["owner", "member", "viewer"], side: "either" };
export const WRITE: AccessRule = { roles: ["owner", "member"], side: "either" };

export type AccessDecision =
  | { decision: "allowed"; side: Side; role: Role; orgId: string }
  | { decision: "not_found" }
  /**
   * `sideOnly`: the caller's role could take the step, but it is the other side's, so the
   * refusal names that side instead of sending them to look for a role.
   */
  | { decision: "forbidden"; sideOnly?: Side };

/** The side and role the actor has on the engagement, or undefined for an outsider. */
export function sideOf(
  actor: Actor,
  engagement: Participants,
): { side: Side; role: Role; orgId: string } | undefined {
  const clientRole = engagement.client_org_id
    ? actor.memberships.get(engagement.client_org_id)
    : undefined;
  if (clientRole && engagement.client_org_id) {
    return { side: "client", role: clientRole, orgId: engagement.client_org_id };
  }
  const providerRole = engagement.provider_org_id
    ? actor.memberships.get(engagement.provider_org_id)
    : undefined;
  if (providerRole && engagement.provider_org_id) {
    return { side: "provider", role: providerRole, orgId: engagement.provider_org_id };
  }
  return undefined;
}

/**
 * The one check of every engagement action. Only the two participating organisations see the
 * engagement at all (everyone else gets `not_found`); a participant whose role or side the
 * rule does not name gets `forbidden`; an allowed actor acts for their side's organisation.
 */
export function can(actor: Actor, engagement: Participants, rule: AccessRule): AccessDecision {
  const participant = sideOf(actor, engagement);
  if (!participant) return { decision: "not_found" };
  const isRoleAllowed = rule.roles.includes(participant.role);
  const isSideAllowed = rule.side === "either" || rule.side === participant.side;
  if (isRoleAllowed && isSideAllowed) return { decision: "allowed", ...participant };
  return isRoleAllowed && rule.side !== "either"
    ? { decision: "forbidden", sideOnly: rule.side }
    : { decision: "forbidden" };
}

/**
 * What the actor may do, action by action, as responses send it (`abilities`), so the web
 * shows or hides actions from what the server says. Only for participants: outsiders never
 * get a response to carry it. `hasEnded`: the exit has ended the engagement, so the actions
 * that end with it (`endsWithExit`) are not offered, as `lockParticipant` would refuse them.
 */
export function abilitiesOf<T extends AccessTable>(
  actor: Actor,
  engagement: Participants,
  table: T,
  hasEnded = false,
): Record<keyof T, boolean> {
  return Object.fromEntries(
    Object.entries(table).map(([action, rule]) => [
      action,
      can(actor, engagement, rule).decision === "allowed" && !(hasEnded && rule.endsWithExit),
    ]),
  ) as Record<keyof T, boolean>;
}
