import type { z } from "zod";
import type { AnswerReviewBody, RelationshipReview } from "../../../contracts/growth";
import { lockParticipant } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { GROWTH_ACCESS } from "./growth.policy";
import { presentReview } from "./review.presenter";
import {
  findReview,
  insertReviewAnswer,
  listReviewAnswers,
  markRevealed,
} from "./reviews.repository";

/**
 * One side answers the review of the relationship: what was achieved, what it would like more
 * or less of, what to aim for next. The ledger records only that it answered; when the second
 * side answers, both answers are revealed to both at once.
 */
export function answerRelationshipReview(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  reviewId: string,
  body: z.infer<typeof AnswerReviewBody>,
): Promise<Result<z.infer<typeof RelationshipReview>>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(
      trx,
      deps,
      actor,
      engagementId,
      GROWTH_ACCESS.answerReview,
    );
    if (!locked.ok) return locked;
    const { side, orgId } = locked.value;
    const review = await findReview(trx, engagementId, reviewId);
    if (!review) return fail("not_found");
    const answers = await listReviewAnswers(trx, [reviewId]);
    if (answers.some((a) => a.side === side)) return fail("review_already_answered");
    const now = deps.clock.now().toISOString();
    const row = {
      review_id: reviewId,
      side,
      user_id: actor.userId,
      achieved: body.achieved,
      more_of: body.moreOf,
      less_of: body.lessOf,
      aim_next: body.aimNext,
      answered_at: now,
    };
    await insertReviewAnswer(trx, row);
    await appendEvent(trx, deps, {
      engagementId,
      type: "relationship_review.answered",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: { reviewId, side },
    });
    const isRevealed = answers.length === 1 && (await markRevealed(trx, reviewId, now));
    if (isRevealed) {
      await appendEvent(trx, deps, {
        engagementId,
        type: "relationship_review.revealed",
        actorUserId: null,
        actorOrgId: null,
        payload: { reviewId },
      });
    }
    return ok(
      presentReview({ ...review, revealed_at: isRevealed ? now : null }, [...answers, row], side),
    );
  });
}
