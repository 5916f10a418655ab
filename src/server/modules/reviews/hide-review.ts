import type { z } from "zod";
import type { HideReviewBody } from "../../../contracts/reviews";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, forbidden, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { canHideReview } from "./review.policy";
import { findReviewAnywhere, hideReview as hideReviewRow } from "./reviews.repository";

/**
 * A platform moderator hides a review for a stated policy reason; the `review.hidden` event
 * carries the reason, so both sides see why. The text is kept, only withheld from readers. A
 * review is hidden once (`review_already_hidden` after), so the reason shown never changes.
 */
export function hideReview(
  deps: AppDeps,
  actor: Actor,
  reviewId: string,
  input: z.infer<typeof HideReviewBody>,
): Promise<Result<{ reviewId: string; reason: string; hiddenAt: string }>> {
  if (!canHideReview(actor)) return Promise.resolve(forbidden("moderator_only"));
  return runInTransaction(deps.db, async (trx) => {
    const review = await findReviewAnywhere(trx, reviewId);
    if (!review) return fail("not_found");
    const hiddenAt = deps.clock.now().toISOString();
    // Once: a second hide would change the reason both sides were shown.
    const isHidden = await hideReviewRow(trx, reviewId, {
      hidden_reason: input.reason,
      hidden_by: actor.userId,
      hidden_at: hiddenAt,
    });
    if (!isHidden) return fail("review_already_hidden");
    await appendEvent(trx, deps, {
      engagementId: review.engagement_id,
      type: "review.hidden",
      actorUserId: actor.userId,
      actorOrgId: null,
      payload: { reviewId, reason: input.reason },
    });
    return ok({ reviewId, reason: input.reason, hiddenAt });
  });
}
