import { otherSide, type Side } from "../../../domain/engagement/engagement";
import {
  can,
  orgIdOfSide,
  READ,
  WRITE,
  type AccessTableOf,
  type Decision,
  type Participants,
} from "../../kernel/access";
import type { Actor } from "../../platform/actor";
import { isModerator } from "../../kernel/access";

/**
 * Who may do what with an engagement's reviews. Each side's owners and members review and
 * reply for their side; viewers read. Nobody of either side may hide, edit or remove a review:
 * only a platform moderator hides one (`canHideReview`), and there is no edit at all.
 */
export const REVIEW_ACCESS = {
  read: READ,
  write: WRITE,
} as const satisfies AccessTableOf<"reviews">;

export type ReviewAction = keyof typeof REVIEW_ACCESS;

export type ReviewDecision =
  | { decision: "allowed"; side: Side; orgId: string; otherOrgId: string }
  | { decision: Exclude<Decision, "allowed"> };

/** Decides an action on the reviews, with the side the actor acts for and the other side's org. */
export function decideReviewAction(
  actor: Actor,
  engagement: Participants,
  action: ReviewAction,
): ReviewDecision {
  const decided = can(actor, engagement, REVIEW_ACCESS[action]);
  if (decided.decision !== "allowed") return decided;
  const other = otherSide(decided.side);
  const otherOrgId = orgIdOfSide(engagement, other);
  if (!otherOrgId) return { decision: "not_found" };
  return { decision: "allowed", side: decided.side, orgId: decided.orgId, otherOrgId };
}

/** Only a platform moderator hides a review, and always with a stated reason. */
export function canHideReview(actor: Actor): boolean {
  return isModerator(actor);
}

/** Whether the actor belongs to the reviewing or the reviewed organisation (any role). */
export function isPartyToReview(
  actor: Actor,
  review: { reviewer_org_id: string; reviewed_org_id: string },
): boolean {
  return (
    actor.memberships.has(review.reviewer_org_id) || actor.memberships.has(review.reviewed_org_id)
  );
}
