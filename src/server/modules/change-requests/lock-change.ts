import type { Kysely } from "kysely";
import {
  transitionChangeRequest,
  type ChangeRequestAction,
  type ChangeRequestStatus,
} from "../../../domain/change/change-request";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, refuseAsItIsNow, type Result } from "../../platform/result";
import { CHANGE_REQUEST_ACCESS } from "./change-request.policy";
import { lockParticipant, type LockedEngagement } from "../../kernel/lock-participant";
import { findChangeRequest, type ChangeRequestRow } from "./change-requests.repository";

export interface LockedChange extends LockedEngagement {
  change: ChangeRequestRow;
  nextStatus: ChangeRequestStatus;
}

/**
 * Inside a write's transaction: locks the engagement, finds the change request and checks the
 * action is the actor's side's to take from its current status.
 */
export async function lockChangeFor(
  trx: Kysely<Database>,
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  changeRequestId: string,
  action: Exclude<ChangeRequestAction, "apply">,
): Promise<Result<LockedChange>> {
  const locked = await lockParticipant(
    trx,
    deps,
    actor,
    engagementId,
    CHANGE_REQUEST_ACCESS.answer,
  );
  if (!locked.ok) return locked;
  const change = await findChangeRequest(trx, engagementId, changeRequestId);
  if (!change) return fail("not_found");
  const moved = transitionChangeRequest(
    { status: change.status, proposedSide: change.proposed_side },
    action,
    locked.value.side,
  );
  if (!moved.ok) {
    return moved.reason === "change_request_wrong_side"
      ? fail(moved.reason, { side: locked.value.side === "client" ? "provider" : "client" })
      : refuseChangeStep(change, action);
  }
  return ok({ ...locked.value, change, nextStatus: moved.status });
}

type ChangeStep = Exclude<ChangeRequestAction, "apply">;

/**
 * `409 change_request_wrong_state`, naming the change (number and title), what became of it and
 * the step it refuses ("already approved, so it cannot be approved"), so the reader knows why.
 */
function refuseChangeStep<T>(
  change: Pick<ChangeRequestRow, "number" | "title" | "status">,
  step: ChangeStep,
): Result<T> {
  return fail("change_request_wrong_state", {
    number: Number(change.number),
    title: change.title,
    status: change.status,
    action: step,
  });
}

/**
 * The same refusal when a conditional move found the change already moved by another write:
 * named from the state that write left, read again.
 */
export function refuseChangeMovedMeanwhile<T>(
  trx: Kysely<Database>,
  change: Pick<ChangeRequestRow, "engagement_id" | "id">,
  step: ChangeStep,
): Promise<Result<T>> {
  return refuseAsItIsNow(findChangeRequest(trx, change.engagement_id, change.id), (moved) =>
    refuseChangeStep(moved, step),
  );
}
