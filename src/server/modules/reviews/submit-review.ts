import type { z } from "zod";
import type { ReviewRound, SubmitReviewBody } from "../../../contracts/reviews";
import {
  canSubmitReview,
  publicationDue,
  windowClosesAt,
} from "../../../domain/review/blind-reveal";
import { checkAgainstRecord } from "../../../domain/review/record-check";
import { checkAspectStars, meanStars, type ReviewOccasion } from "../../../domain/review/review";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import {
  fail,
  failAtField,
  ok,
  type FailureValues,
  type FieldFailure,
  type Result,
} from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { lockEngagement } from "../../db/locking";
import { findEngagement } from "../../kernel/engagement-rows.repository";
import { appendEvent } from "../ledger/append-event";
import { refuseIfSanctioned } from "../../kernel/sanctions-in-force";
import { recordFinding, type ScreeningNotice } from "../screening/record-finding";
import { wasReviewedBy } from "../screening/review-context";
import { screenBeforeSend, settleNudges } from "../screening/screen-before-send";
import { closerLookOf } from "./review-context";
import { findOccasionTime, type OccasionTime } from "./review-occasions.repository";
import { decideReviewAction } from "./review.policy";
import { presentRound } from "./review.presenter";
import {
  ensureRound,
  insertReview,
  listReviewsOfEngagement,
  listSidesOfRound,
  publishRound,
  readRecordFacts,
} from "./reviews.repository";

export interface SubmittedReview {
  round: z.infer<typeof ReviewRound>;
  screening: ScreeningNotice | null;
}

/**
 * One side reviews the other after an occasion. The round's window opens when the occasion
 * happened (a milestone's acceptance, the engagement's completion or its exit's, read off the
 * ledger) and closes 14 days later. The review stays
 * blind to the other side until both are in (published here, together) or the window closes
 * (published by the sweeper). Claims the ledger contradicts get the record attached; a review
 * written soon after its author was pressed for payment is marked for a moderator's look.
 */
export async function submitReview(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  input: z.infer<typeof SubmitReviewBody>,
): Promise<Result<SubmittedReview>> {
  const engagement = await findEngagement(deps.db, engagementId);
  if (!engagement) return fail("not_found");
  const decided = decideReviewAction(actor, engagement, "write");
  if (decided.decision !== "allowed") return fail(decided.decision);
  const { side, orgId, otherOrgId } = decided;
  const wrongStars = checkAspectStars(side, input.stars);
  if (wrongStars) {
    const field: Omit<FieldFailure, "path"> =
      wrongStars.foreign.length > 0
        ? {
            key: "review.stars_foreign",
            values: {
              aspects: wrongStars.expected.join(", "),
              foreign: wrongStars.foreign.join(", "),
            },
          }
        : {
            key: "review.stars_invalid",
            values: { aspects: wrongStars.missing.join(", ") },
          };
    return fail("validation_failed", undefined, [{ path: "stars", ...field }]);
  }
  const occasion = { kind: input.occasion.kind, ref: input.occasion.ref };
  const time = await findOccasionTime(deps.db, engagementId, occasion, deps.clock.now());
  if (!time.hasHappened) {
    const why = whyNotYet(occasion, time);
    return time.isUnknownMilestone
      ? failAtField("review_occasion_unknown", "occasion.ref", why)
      : fail("review_occasion_unknown", why);
  }
  const openedAt = time.at;
  const standing = await refuseIfSanctioned(deps.db, deps.clock.now(), { own: orgId });
  if (!standing.ok) return standing;
  const attempt = {
    engagementId,
    surface: "review" as const,
    text: input.body,
    context: { followsReviewOfSender: await wasReviewedBy(deps.db, orgId, otherOrgId) },
    sendAnyway: input.sendAnyway,
  };
  const screened = await screenBeforeSend(deps, actor, attempt);
  if (!screened.ok) return screened;

  return runInTransaction(deps.db, async (trx) => {
    // Reviews of one engagement are written one after another: two sent at once by one side
    // would otherwise both pass the "not yet reviewed" check (the second insert then broke the
    // unique key, a 500), and the two sides' at once would each read the round without the
    // other's review, so neither revealed it.
    await lockEngagement(trx, deps.dialect, engagementId);
    const now = deps.clock.now();
    const round = await ensureRound(trx, {
      id: deps.ids.newId(),
      engagement_id: engagementId,
      occasion_kind: occasion.kind,
      occasion_ref: occasion.ref,
      opened_at: openedAt,
      closes_at: windowClosesAt(new Date(openedAt)).toISOString(),
      published_at: null,
    });
    const sides = (await listSidesOfRound(trx, round.id)).map((r) => r.reviewer_side);
    const state = {
      openedAt: new Date(round.opened_at),
      submittedSides: sides,
      publishedAt: round.published_at ? new Date(round.published_at) : null,
    };
    if (!canSubmitReview(state, side, now)) {
      return fail(sides.includes(side) ? "review_already_submitted" : "review_window_closed");
    }
    const reviewId = deps.ids.newId();
    const submittedAt = now.toISOString();
    const facts = await readRecordFacts(trx, engagementId);
    const closerLook = await closerLookOf(trx, {
      engagement_id: engagementId,
      reviewer_side: side,
      submitted_at: submittedAt,
    });
    await insertReview(trx, {
      id: reviewId,
      round_id: round.id,
      engagement_id: engagementId,
      reviewer_side: side,
      reviewer_org_id: orgId,
      reviewed_org_id: otherOrgId,
      author_user_id: actor.userId,
      body: input.body,
      stars: JSON.stringify(input.stars),
      mean_stars: meanStars(input.stars),
      private_rating: input.privateRating,
      language: screened.value.language,
      record_notes: JSON.stringify(checkAgainstRecord(input.body, facts)),
      closer_look: JSON.stringify(closerLook),
      submitted_at: submittedAt,
    });
    await appendEvent(trx, deps, {
      engagementId,
      type: "review.submitted",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: { reviewId, occasion, reviewerSide: side },
    });
    await settleNudges(trx, deps, actor, attempt, screened.value);
    const due = publicationDue({ ...state, submittedSides: [...sides, side] }, now);
    const sent = { engagementId, surface: "review" as const, subjectId: reviewId };
    const notice = await recordFinding(
      trx,
      deps,
      {
        ...sent,
        actorUserId: actor.userId,
        senderOrgId: orgId,
        recipientOrgId: otherOrgId,
        isBlind: due === null,
      },
      screened.value,
    );
    if (due && (await publishRound(trx, round.id, due.toISOString()))) {
      await appendEvent(trx, deps, {
        engagementId,
        type: "review.published",
        actorUserId: null,
        actorOrgId: null,
        payload: { occasion, reason: "both_submitted" },
      });
    }
    const published = { ...round, published_at: due ? due.toISOString() : null };
    const reviews = await listReviewsOfEngagement(trx, engagementId);
    return ok({
      round: presentRound(published, reviews, side, { canWrite: true, now }),
      screening: notice,
    });
  });
}

/**
 * The refusal's message values: the occasion asked for and, for the engagement, what keeps it
 * from completing (milestones still open, none agreed, or an exit that came first); for a
 * milestone no agreement names, that it does not exist rather than "not yet accepted".
 */
function whyNotYet(
  { kind, ref }: ReviewOccasion,
  time: Extract<OccasionTime, { hasHappened: false }>,
): FailureValues {
  if (time.isUnknownMilestone)
    return { kind, ref, reason: "unknown_milestone", accepted: 0, total: 0 };
  const engagement = time.engagement;
  if (!engagement) return { kind, ref, reason: "unknown", accepted: 0, total: 0 };
  if (engagement.status === "ended_by_exit") {
    return { kind, ref, reason: "ended_by_exit", accepted: 0, total: 0 };
  }
  const { acceptedCount: accepted, milestoneCount: total } = engagement;
  const reason = total === 0 ? "no_milestones" : "milestones_open";
  return { kind, ref, reason, accepted, total };
}
