import { isDeemedAcceptedAt } from "../../../domain/delivery/deliverable-progress";
import { lockEngagement } from "../../db/locking";
import type { AppDeps } from "../../platform/deps";
import { termsInForce, termsOfVersion } from "../agreements/terms-in-force";
import { appendEvent } from "../ledger/append-event";
import { decideSubmission, findSubmission, listOverdueSubmissions } from "./delivery.repository";
import { recordMilestoneIfComplete } from "./record-acceptance";

/**
 * The sweeper's part of delivery: accepts every submission whose agreed review window passed
 * without an evaluation, where the agreement says silence accepts. Each one is decided in its
 * own transaction by a conditional update after locking its engagement (the order evaluations
 * lock in, so the two never deadlock); when several Accord processes sweep at once, exactly one
 * decides each submission and the others find it decided. Returns how many this call accepted.
 */
export async function acceptOverdueSubmissions(
  deps: AppDeps,
  options: { limit?: number } = {},
): Promise<number> {
  const now = deps.clock.now();
  const due = await listOverdueSubmissions(deps.db, now.toISOString(), options.limit ?? 100);
  let accepted = 0;
  for (const candidate of due) {
    const isAccepted = await deps.db.transaction().execute(async (trx) => {
      await lockEngagement(trx, deps.dialect, candidate.engagement_id);
      const submission = await findSubmission(trx, candidate.engagement_id, candidate.id);
      if (
        !submission ||
        !isDeemedAcceptedAt(
          {
            status: submission.status,
            reviewDueAt: submission.review_due_at ? new Date(submission.review_due_at) : null,
            isDeemedAcceptanceAgreed: Number(submission.is_deemed_acceptance_agreed) === 1,
          },
          now,
        )
      ) {
        return false;
      }
      const at = now.toISOString();
      if (
        !(await decideSubmission(trx, submission.id, {
          status: "deemed_accepted",
          decidedBy: null,
          at,
        }))
      ) {
        return false;
      }
      const version = Number(submission.agreement_version);
      const terms = await termsOfVersion(trx, submission.engagement_id, version);
      const deliverable = terms?.deliverables.find((d) => d.id === submission.deliverable_id);
      await appendEvent(trx, deps, {
        engagementId: submission.engagement_id,
        type: "deliverable.deemed_accepted",
        actorUserId: null,
        actorOrgId: null,
        payload: {
          submissionId: submission.id,
          deliverableId: submission.deliverable_id,
          deliverableTitle: deliverable?.title ?? "",
          round: Number(submission.round),
          reason: "review_window_passed",
          reviewWindowDays: terms?.reviewWindowDays ?? null,
          reviewDueAt: submission.review_due_at,
        },
      });
      const inForce = await termsInForce(trx, submission.engagement_id);
      if (inForce) {
        await recordMilestoneIfComplete(trx, deps, {
          engagementId: submission.engagement_id,
          terms: inForce.terms,
          deliverableId: submission.deliverable_id,
          actorUserId: null,
          actorOrgId: null,
        });
      }
      return true;
    });
    if (isAccepted) accepted++;
  }
  return accepted;
}
