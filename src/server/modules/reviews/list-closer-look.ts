import type { z } from "zod";
import type { CloserLookList } from "../../../contracts/reviews";
import { closerLookFor, type PressureStep } from "../../../domain/review/timing-flag";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { isModerator } from "../moderation/moderation.policy";
import { pressureStepsOf } from "./review-context";
import { listReviewsNearPressure } from "./reviews.repository";

/** How many recent candidate reviews one reading of the list weighs. */
const CANDIDATES = 200;

/**
 * The reviews marked for a moderator's closer look, newest first: written within 7 days after
 * the reviewed side pressed the reviewer (a payment reminder, a late-interest claim, a dispute),
 * or followed within 7 days by such a step. Read from the ledger as it is now, so a step taken
 * after the review marks it too. Marked, never hidden: nothing here changes what readers see.
 */
export async function listCloserLook(
  deps: AppDeps,
  actor: Actor,
): Promise<Result<z.infer<typeof CloserLookList>>> {
  if (!isModerator(actor)) return fail("forbidden");
  const candidates = await listReviewsNearPressure(deps.db, CANDIDATES);
  const stepsOf = new Map<string, PressureStep[]>();
  for (const engagementId of new Set(candidates.map((r) => r.engagement_id))) {
    stepsOf.set(engagementId, await pressureStepsOf(deps.db, engagementId));
  }
  return ok({
    reviews: candidates.flatMap((review) => {
      const closerLook = closerLookFor(
        { reviewerSide: review.reviewer_side, submittedAt: new Date(review.submitted_at) },
        stepsOf.get(review.engagement_id) ?? [],
      );
      if (closerLook.length === 0) return [];
      return [
        {
          reviewId: review.id,
          engagementId: review.engagement_id,
          reviewerSide: review.reviewer_side,
          reviewerOrgId: review.reviewer_org_id,
          reviewedOrgId: review.reviewed_org_id,
          submittedAt: review.submitted_at,
          publishedAt: review.published_at,
          isHidden: review.hidden_at !== null,
          closerLook,
        },
      ];
    }),
  });
}
