import type { Kysely } from "kysely";
import {
  transitionDispute,
  type DisputeAction,
  type DisputeRung,
  type DisputeState,
} from "../../../domain/dispute/dispute-ladder";
import { missedAnswerDeadline } from "../../../domain/dispute/dispute-deadlines";
import type { Side } from "../../../domain/engagement/engagement";
import { instant } from "../../../domain/findings";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, refuseAsItIsNow, type Result } from "../../platform/result";
import { lockParticipant, type LockedEngagement } from "../../kernel/lock-participant";
import { DISPUTE_ACCESS } from "./dispute.policy";
import { findDispute, type DisputeRow } from "./disputes.repository";

export function disputeStateOf(row: DisputeRow): DisputeState {
  return {
    status: row.status,
    rung: row.rung,
    openedBy: row.opened_side,
    offerBy: row.offer_by,
    recommendationAcceptedBy: JSON.parse(row.recommendation_accepted_by) as Side[],
    ladder: JSON.parse(row.ladder) as DisputeRung[],
  };
}

export interface LockedDispute extends LockedEngagement {
  dispute: DisputeRow;
  next: DisputeState;
}

/**
 * Inside a write's transaction: locks the engagement (either side's owners and members may act
 * in a dispute; outsiders get `not_found`), finds the dispute and checks the step is the
 * actor's side's to take from where the dispute stands, and, for an answer to an opening or an
 * offer, that its window has not passed (409 `dispute_window_passed`, naming its end).
 */
export async function lockDisputeFor(
  trx: Kysely<Database>,
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  disputeId: string,
  action: DisputeAction,
): Promise<Result<LockedDispute>> {
  const locked = await lockParticipant(trx, deps, actor, engagementId, DISPUTE_ACCESS.act);
  if (!locked.ok) return locked;
  const dispute = await findDispute(trx, engagementId, disputeId);
  if (!dispute) return fail("not_found");
  const moved = transitionDispute(disputeStateOf(dispute), action, locked.value.side);
  if (!moved.ok) {
    return moved.reason === "dispute_wrong_state"
      ? refuseDisputeStep(dispute, action)
      : fail(moved.reason);
  }
  const missed = missedAnswerDeadline(
    { status: dispute.status, waitingSince: new Date(dispute.waiting_since) },
    action,
    deps.clock.now(),
  );
  if (missed) return fail("dispute_window_passed", { closedAt: instant(missed) });
  return ok({ ...locked.value, dispute, next: moved.state });
}

/**
 * `409 dispute_wrong_state`, naming the dispute (its number), where it stands and the step it
 * refuses ("was settled, so it cannot be escalated"), so the reader knows why and what is left.
 */
export function refuseDisputeStep<T>(
  dispute: Pick<DisputeRow, "number" | "status">,
  step: DisputeAction,
): Result<T> {
  return fail("dispute_wrong_state", {
    number: Number(dispute.number),
    status: dispute.status,
    action: step,
  });
}

/**
 * The same refusal when a conditional move found the dispute already moved by another write:
 * named from the state that write left, read again.
 */
export function refuseDisputeMovedMeanwhile<T>(
  trx: Kysely<Database>,
  dispute: Pick<DisputeRow, "engagement_id" | "id">,
  step: DisputeAction,
): Promise<Result<T>> {
  return refuseAsItIsNow(findDispute(trx, dispute.engagement_id, dispute.id), (moved) =>
    refuseDisputeStep(moved, step),
  );
}
