import type { z } from "zod";
import type { CloserLookList } from "../../../contracts/reviews";
import type { PageQuery } from "../../../contracts/pagination";
import { closerLookFor, type PressureStep } from "../../../domain/review/timing-flag";
import type { Actor } from "../../platform/actor";
import { cursorFromQuery, encodeCursor, type Cursor } from "../../platform/cursor";
import type { AppDeps } from "../../platform/deps";
import { forbidden, ok, type Result } from "../../platform/result";
import { isModerator } from "../../kernel/access";
import { pressureStepsOf } from "./review-context";
import { listReviewsNearPressure } from "./reviews.repository";

/** How many candidate reviews one page weighs at most, whatever the page's length. */
const CANDIDATES_PER_PAGE = 1_000;
/** Candidates read per query while a page fills. */
const BATCH = 100;

type CloserLookItem = z.infer<typeof CloserLookList>["reviews"][number];

/**
 * The reviews marked for a moderator's closer look, newest first, a page at a time: written
 * within 7 days after the reviewed side pressed the reviewer (a payment reminder, a
 * late-interest claim, a dispute), or followed within 7 days by such a step. Read from the
 * ledger as it is now, so a step taken after the review marks it too. Marked, never hidden:
 * nothing here changes what readers see. A moderator of either side reads the text only as far
 * as their side may (not the other side's review while blind, not a hidden one). A page weighs
 * at most CANDIDATES_PER_PAGE reviews; when that runs out first it is shorter than `limit` and
 * its cursor goes on from there.
 */
export async function listCloserLook(
  deps: AppDeps,
  actor: Actor,
  query: PageQuery,
): Promise<Result<z.infer<typeof CloserLookList>>> {
  if (!isModerator(actor)) return forbidden("moderator_only");
  const from = cursorFromQuery(query.cursor);
  if (!from.ok) return from;
  const before = from.value;
  const stepsOf = new Map<string, PressureStep[]>();
  // One more than the page, to know whether another page follows.
  const found: CloserLookItem[] = [];
  let weighed = 0;
  let lastWeighed: Cursor | undefined;
  let isExhausted = false;
  while (found.length <= query.limit && weighed < CANDIDATES_PER_PAGE) {
    const asked = Math.min(BATCH, CANDIDATES_PER_PAGE - weighed);
    const batch = await listReviewsNearPressure(deps.db, {
      before: lastWeighed ?? before,
      limit: asked,
    });
    for (const review of batch) {
      weighed += 1;
      lastWeighed = { key: review.submitted_at, id: review.id };
      let steps = stepsOf.get(review.engagement_id);
      if (!steps) {
        steps = await pressureStepsOf(deps.db, review.engagement_id);
        stepsOf.set(review.engagement_id, steps);
      }
      const closerLook = closerLookFor(
        { reviewerSide: review.reviewer_side, submittedAt: new Date(review.submitted_at) },
        steps,
      );
      if (closerLook.length === 0) continue;
      const isReviewerSide = actor.memberships.has(review.reviewer_org_id);
      const viewerIsParty = isReviewerSide || actor.memberships.has(review.reviewed_org_id);
      // A moderator of either side reads the review as their side does, never more.
      const isWithheld =
        viewerIsParty &&
        (review.hidden_at !== null || (!isReviewerSide && review.published_at === null));
      found.push({
        reviewId: review.id,
        engagementId: review.engagement_id,
        engagementTitle: review.engagement_title,
        reviewerSide: review.reviewer_side,
        reviewerOrgId: review.reviewer_org_id,
        reviewerOrgName: review.reviewer_org_name,
        reviewedOrgId: review.reviewed_org_id,
        reviewedOrgName: review.reviewed_org_name,
        body: isWithheld ? null : review.body,
        submittedAt: review.submitted_at,
        publishedAt: review.published_at,
        isHidden: review.hidden_at !== null,
        viewerIsParty,
        closerLook,
      });
      if (found.length > query.limit) break;
    }
    if (batch.length < asked) {
      isExhausted = true;
      break;
    }
  }
  const reviews = found.slice(0, query.limit);
  if (found.length > query.limit) {
    const last = reviews.at(-1)!;
    return ok({
      reviews,
      nextCursor: encodeCursor({ key: last.submittedAt, id: last.reviewId }),
    });
  }
  // Every candidate weighed, or the bound reached first: then the next page goes on after
  // the last candidate weighed.
  const nextCursor = isExhausted || !lastWeighed ? null : encodeCursor(lastWeighed);
  return ok({ reviews, nextCursor });
}
