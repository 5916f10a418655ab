import type { Dispute } from "../../../contracts/disputes";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { updateDispute } from "./disputes.repository";
import { lockDisputeFor, refuseDisputeMovedMeanwhile } from "./lock-dispute";
import { readDispute } from "./read-disputes";

/**
 * One side takes the moderator's recommendation. It binds nobody alone: the dispute is settled
 * on it, with the recommendation as its outcome, only when the other side has taken it too.
 */
export function acceptRecommendation(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  disputeId: string,
): Promise<Result<Dispute>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockDisputeFor(
      trx,
      deps,
      actor,
      engagementId,
      disputeId,
      "accept_recommendation",
    );
    if (!locked.ok) return locked;
    const { dispute, next, orgId, side } = locked.value;
    const isSettled = next.status === "settled";
    const now = deps.clock.now().toISOString();
    const isMoved = await updateDispute(trx, dispute.id, dispute.status, {
      status: next.status,
      recommendation_accepted_by: JSON.stringify(next.recommendationAcceptedBy),
      ...(isSettled && {
        outcome: JSON.stringify({ by: "recommendation", recommendation: dispute.recommendation }),
        waiting_since: now,
      }),
      updated_at: now,
    });
    if (!isMoved) return refuseDisputeMovedMeanwhile(trx, dispute, "accept_recommendation");
    const ref = { disputeId: dispute.id, number: Number(dispute.number), side };
    const by = { engagementId, actorUserId: actor.userId, actorOrgId: orgId };
    await appendEvent(
      trx,
      deps,
      isSettled
        ? { ...by, type: "dispute.settled", payload: { ...ref, by: "recommendation" } }
        : { ...by, type: "dispute.recommendation_accepted", payload: ref },
    );
    return ok(
      await readDispute(trx, engagementId, dispute.id, {
        side,
        canAct: true,
        now: deps.clock.now(),
      }),
    );
  });
}
