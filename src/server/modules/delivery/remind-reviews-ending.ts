import {
  isReviewReminderDue,
  REVIEW_REMINDER_LEAD_MS,
} from "../../../domain/delivery/deliverable-progress";
import { lockEngagement } from "../../db/locking";
import type { AppDeps } from "../../platform/deps";
import { termsOfVersion } from "../agreements/terms-in-force";
import { appendEvent } from "../ledger/append-event";
import { findSubmission, listReviewsEndingSoon, markReviewReminded } from "./delivery.repository";

/**
 * The sweeper's reminder before silence accepts: a day before a round's review window ends,
 * both sides hear that it will be accepted unless the client evaluates it. Each round is
 * reminded once, under the same locking and conditional update as deemed acceptance, however
 * many processes sweep. Returns how many rounds this call reminded.
 */
export async function remindReviewsEnding(
  deps: AppDeps,
  options: { limit?: number } = {},
): Promise<number> {
  const now = deps.clock.now();
  const due = await listReviewsEndingSoon(
    deps.db,
    {
      now: now.toISOString(),
      until: new Date(now.getTime() + REVIEW_REMINDER_LEAD_MS).toISOString(),
    },
    options.limit ?? 100,
  );
  let reminded = 0;
  for (const candidate of due) {
    const isReminded = await deps.db.transaction().execute(async (trx) => {
      await lockEngagement(trx, deps.dialect, candidate.engagement_id);
      const submission = await findSubmission(trx, candidate.engagement_id, candidate.id);
      const isDue =
        submission &&
        isReviewReminderDue(
          {
            status: submission.status,
            reviewDueAt: submission.review_due_at ? new Date(submission.review_due_at) : null,
            isDeemedAcceptanceAgreed: Number(submission.is_deemed_acceptance_agreed) === 1,
            isReminded: submission.review_reminded_at !== null,
          },
          now,
        );
      if (!submission || !isDue) return false;
      if (!(await markReviewReminded(trx, submission.id, now.toISOString()))) return false;
      const terms = await termsOfVersion(
        trx,
        submission.engagement_id,
        Number(submission.agreement_version),
      );
      await appendEvent(trx, deps, {
        engagementId: submission.engagement_id,
        type: "deliverable.review_due_soon",
        actorUserId: null,
        actorOrgId: null,
        payload: {
          submissionId: submission.id,
          deliverableId: submission.deliverable_id,
          deliverableTitle:
            terms?.deliverables.find((d) => d.id === submission.deliverable_id)?.title ?? "",
          round: Number(submission.round),
          reviewDueAt: submission.review_due_at,
        },
      });
      return true;
    });
    if (isReminded) reminded++;
  }
  return reminded;
}
