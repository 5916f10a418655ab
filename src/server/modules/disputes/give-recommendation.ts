import type { Dispute } from "../../../contracts/disputes";
import { checkRecommendation } from "../../../domain/dispute/mediation";
import { lockEngagement } from "../../db/locking";
import { findEngagement } from "../../kernel/engagement-rows.repository";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { findDispute, findDisputeById, updateDispute } from "./disputes.repository";
import { disputeStateOf, refuseDisputeMovedMeanwhile, refuseDisputeStep } from "./lock-dispute";
import { mediatorStandingOf } from "./mediation.policy";
import { readDispute } from "./read-disputes";

/**
 * A platform moderator of neither side gives the dispute in mediation a written recommendation,
 * within the time limit. It binds nobody: the dispute waits for each side to accept it (both
 * settle it) or to move on. Anyone else who is not on the engagement learns nothing (`not_found`);
 * its parties are refused (`dispute_wrong_side`), a moderator who is one of them too.
 */
export function giveRecommendation(
  deps: AppDeps,
  actor: Actor,
  disputeId: string,
  recommendation: string,
): Promise<Result<Dispute>> {
  return runInTransaction(deps.db, async (trx) => {
    const found = await findDisputeById(trx, disputeId);
    const engagement = found ? await findEngagement(trx, found.engagement_id) : undefined;
    if (!found || !engagement) return fail("not_found");
    const standing = mediatorStandingOf(actor, engagement);
    if (!standing.isModerator && standing.memberOf === null) return fail("not_found");
    await lockEngagement(trx, deps.dialect, engagement.id);
    const dispute = await findDispute(trx, engagement.id, disputeId);
    if (!dispute) return fail("not_found");
    const now = deps.clock.now();
    const checked = checkRecommendation(
      { ...disputeStateOf(dispute), waitingSince: new Date(dispute.waiting_since) },
      standing,
      now,
    );
    if (!checked.ok) {
      return checked.reason === "dispute_wrong_state"
        ? refuseDisputeStep(dispute, "recommend")
        : fail(checked.reason);
    }
    const isMoved = await updateDispute(trx, dispute.id, dispute.status, {
      status: checked.state.status,
      recommendation,
      recommended_by: actor.userId,
      recommendation_accepted_by: "[]",
      waiting_since: now.toISOString(),
      updated_at: now.toISOString(),
    });
    if (!isMoved) return refuseDisputeMovedMeanwhile(trx, dispute, "recommend");
    await appendEvent(trx, deps, {
      engagementId: engagement.id,
      type: "dispute.recommended",
      actorUserId: actor.userId,
      actorOrgId: null,
      payload: { disputeId: dispute.id, number: Number(dispute.number), recommendation },
    });
    return ok(await readDispute(trx, engagement.id, dispute.id, null));
  });
}
