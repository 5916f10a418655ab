import type { Role } from "../../../contracts/common";
import { otherSide, type Side } from "../../../domain/engagement/engagement";
import type { Actor } from "../../platform/actor";
import { sideOf } from "../engagements/engagement.policy";
import type { Decision } from "../orgs/org.policy";

/**
 * Who may do what with an engagement's reviews. Each side's owners and members review and
 * reply for their side; viewers read. Nobody of either side may hide, edit or remove a review:
 * only a platform moderator hides one (`canHideReview`), and there is no edit at all.
 */
export const REVIEW_PERMISSIONS = {
  read: ["owner", "member", "viewer"],
  write: ["owner", "member"],
} as const satisfies Record<string, readonly Role[]>;

export type ReviewAction = keyof typeof REVIEW_PERMISSIONS;

interface Participants {
  client_org_id: string | null;
  provider_org_id: string | null;
}

export type ReviewDecision =
  | { decision: "allowed"; side: Side; orgId: string; otherOrgId: string }
  | { decision: Exclude<Decision, "allowed"> };

/** Decides an action on the reviews, with the side the actor acts for and the other side's org. */
export function decideReviewAction(
  actor: Actor,
  engagement: Participants,
  action: ReviewAction,
): ReviewDecision {
  const participant = sideOf(actor, engagement);
  if (!participant) return { decision: "not_found" };
  const orgOf = (side: Side) =>
    side === "client" ? engagement.client_org_id : engagement.provider_org_id;
  const orgId = orgOf(participant.side);
  const otherOrgId = orgOf(otherSide(participant.side));
  if (!orgId || !otherOrgId) return { decision: "not_found" };
  return (REVIEW_PERMISSIONS[action] as readonly Role[]).includes(participant.role)
    ? { decision: "allowed", side: participant.side, orgId, otherOrgId }
    : { decision: "forbidden" };
}

/** Only a platform moderator hides a review, and always with a stated reason. */
export function canHideReview(actor: Actor): boolean {
  return actor.platformRole === "moderator";
}
