import { isDeemedAcceptedAt } from "../../../domain/delivery/deliverable-progress";
import type { AppDeps } from "../../platform/deps";
import { termsInForce, termsOfVersion } from "../../kernel/terms-in-force";
import { appendEvent } from "../ledger/append-event";
import { decideSubmission, listOverdueSubmissions } from "./delivery.repository";
import { recordMilestoneIfComplete } from "./record-acceptance";
import { sweepSubmissions } from "./sweep-submissions";

/**
 * The sweeper's part of delivery: accepts every round whose agreed review window passed
 * without an evaluation, where the agreement says silence accepts, and says why. Returns how
 * many this call accepted.
 */
export async function acceptOverdueSubmissions(
  deps: AppDeps,
  options: { limit?: number } = {},
): Promise<number> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const due = await listOverdueSubmissions(deps.db, at, options.limit ?? 100);
  return sweepSubmissions(deps, due, async (trx, submission) => {
    if (!isDeemedAcceptedAt(submission, now)) return false;
    const { row } = submission;
    const isDecided = await decideSubmission(trx, row.id, {
      status: "deemed_accepted",
      decidedBy: null,
      at,
    });
    if (!isDecided) return false;
    const terms = await termsOfVersion(trx, row.engagement_id, Number(row.agreement_version));
    await appendEvent(trx, deps, {
      engagementId: row.engagement_id,
      type: "deliverable.deemed_accepted",
      actorUserId: null,
      actorOrgId: null,
      payload: {
        submissionId: row.id,
        deliverableId: row.deliverable_id,
        deliverableTitle: terms?.deliverables.find((d) => d.id === row.deliverable_id)?.title ?? "",
        round: Number(row.round),
        reason: "review_window_passed",
        reviewWindowDays: terms?.reviewWindowDays ?? null,
        reviewDueAt: row.review_due_at,
      },
    });
    const inForce = await termsInForce(trx, row.engagement_id);
    if (inForce) {
      await recordMilestoneIfComplete(trx, deps, {
        engagementId: row.engagement_id,
        terms: inForce.terms,
        deliverableId: row.deliverable_id,
        actorUserId: null,
        actorOrgId: null,
      });
    }
    return true;
  });
}
