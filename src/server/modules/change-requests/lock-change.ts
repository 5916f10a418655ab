import type { Kysely } from "kysely";
import {
  transitionChangeRequest,
  type ChangeRequestAction,
  type ChangeRequestStatus,
} from "../../../domain/change/change-request";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { DELIVERY_ACCESS } from "../delivery/delivery.policy";
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
    DELIVERY_ACCESS.answerChange,
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
      : fail(moved.reason);
  }
  return ok({ ...locked.value, change, nextStatus: moved.status });
}
