import type { z } from "zod";
import type { ReplyBody, ReviewRoundList } from "../../../contracts/reviews";
import { checkAgainstRecord } from "../../../domain/review/record-check";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, forbidden, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { findEngagement } from "../../kernel/engagement-rows.repository";
import { refuseIfSanctioned } from "../../kernel/sanctions-in-force";
import { appendEvent } from "../ledger/append-event";
import { recordFinding, type ScreeningNotice } from "../screening/record-finding";
import { screenBeforeSend, settleNudges } from "../screening/screen-before-send";
import { listReviews } from "./list-reviews";
import { decideReviewAction } from "./review.policy";
import { findReview, insertReply, readRecordFacts } from "./reviews.repository";

/**
 * The reviewed party's one public reply, once the round is published. It is screened with the
 * review as context, so a reply that threatens the reviewer reads as retaliation.
 */
export async function replyToReview(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  reviewId: string,
  input: z.infer<typeof ReplyBody>,
): Promise<Result<z.infer<typeof ReviewRoundList> & { screening: ScreeningNotice | null }>> {
  const engagement = await findEngagement(deps.db, engagementId);
  if (!engagement) return fail("not_found");
  const decided = decideReviewAction(actor, engagement, "write");
  if (decided.decision !== "allowed") return fail(decided.decision);
  const review = await findReview(deps.db, engagementId, reviewId);
  // The reviewer's own side cannot reply, and a blind review does not exist for the other side.
  if (!review || review.reviewed_org_id !== decided.orgId || !review.published_at) {
    return review?.reviewer_side === decided.side ? forbidden("reviewed_only") : fail("not_found");
  }
  if (review.reply_id) return fail("review_reply_exists");
  // A suspension stops an organisation's public words on reviews, its replies included.
  const standing = await refuseIfSanctioned(deps.db, deps.clock.now(), { own: decided.orgId });
  if (!standing.ok) return standing;
  const attempt = {
    engagementId,
    surface: "reply" as const,
    text: input.body,
    context: { reviewId, followsReviewOfSender: true },
    sendAnyway: input.sendAnyway,
  };
  const screened = await screenBeforeSend(deps, actor, attempt);
  if (!screened.ok) return screened;
  const written = await runInTransaction(deps.db, async (trx) => {
    const facts = await readRecordFacts(trx, engagementId);
    const isInserted = await insertReply(trx, {
      review_id: reviewId,
      author_user_id: actor.userId,
      author_org_id: decided.orgId,
      body: input.body,
      record_notes: JSON.stringify(checkAgainstRecord(input.body, facts)),
      created_at: deps.clock.now().toISOString(),
    });
    if (!isInserted) return fail("review_reply_exists");
    await appendEvent(trx, deps, {
      engagementId,
      type: "review.replied",
      actorUserId: actor.userId,
      actorOrgId: decided.orgId,
      payload: { reviewId },
    });
    await settleNudges(trx, deps, actor, attempt, screened.value);
    const sent = { engagementId, surface: "reply" as const, subjectId: reviewId };
    return ok(
      await recordFinding(
        trx,
        deps,
        {
          ...sent,
          actorUserId: actor.userId,
          senderOrgId: decided.orgId,
          recipientOrgId: decided.otherOrgId,
        },
        screened.value,
      ),
    );
  });
  if (!written.ok) return written;
  const list = await listReviews(deps, actor, engagementId);
  return list.ok ? ok({ ...list.value, screening: written.value }) : list;
}
