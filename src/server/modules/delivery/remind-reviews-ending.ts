import {
  isReviewReminderDue,
  REVIEW_REMINDER_LEAD_MS,
} from "../../../domain/delivery/deliverable-progress";
import type { AppDeps } from "../../platform/deps";
import { termsOfVersion } from "../../kernel/terms-in-force";
import { appendEvent } from "../ledger/append-event";
import { listReviewsEndingSoon, markReviewReminded } from "./delivery.repository";
import { sweepSubmissions } from "./sweep-submissions";

/**
 * The sweeper's reminder before silence accepts: a day before a round's review window ends,
 * both sides hear that it will be accepted unless the client evaluates it; once per round.
 * Returns how many rounds this call reminded.
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
  return sweepSubmissions(deps, due, async (trx, submission) => {
    if (!isReviewReminderDue(submission, now)) return false;
    const { row } = submission;
    if (!(await markReviewReminded(trx, row.id, now.toISOString()))) return false;
    const terms = await termsOfVersion(trx, row.engagement_id, Number(row.agreement_version));
    await appendEvent(trx, deps, {
      engagementId: row.engagement_id,
      type: "deliverable.review_due_soon",
      actorUserId: null,
      actorOrgId: null,
      payload: {
        submissionId: row.id,
        deliverableId: row.deliverable_id,
        deliverableTitle: terms?.deliverables.find((d) => d.id === row.deliverable_id)?.title ?? "",
        round: Number(row.round),
        reviewDueAt: row.review_due_at,
      },
    });
    return true;
  });
}
