import type { ScreenedDispute } from "../../../contracts/disputes";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import type { Unworded } from "../../platform/wording";
import { appendEvent } from "../ledger/append-event";
import { updateDispute } from "./disputes.repository";
import { lockDisputeFor, refuseDisputeMovedMeanwhile } from "./lock-dispute";
import { readDispute } from "./read-disputes";
import { recordDisputeFinding, screenDisputeText } from "./screen-dispute-text";

/**
 * The other side answers the opening: from now on both have spoken and may offer or climb.
 * The response is screened as a message is.
 */
export async function respondToDispute(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  disputeId: string,
  body: { response: string; sendAnyway: boolean },
): Promise<Result<Unworded<ScreenedDispute, "policy">>> {
  const { response } = body;
  const text = await screenDisputeText(deps, actor, engagementId, [response], body.sendAnyway);
  if (!text.ok) return text;
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockDisputeFor(trx, deps, actor, engagementId, disputeId, "respond");
    if (!locked.ok) return locked;
    const { dispute, next, orgId, side } = locked.value;
    const now = deps.clock.now().toISOString();
    const isMoved = await updateDispute(trx, dispute.id, dispute.status, {
      status: next.status,
      response,
      waiting_since: now,
      updated_at: now,
    });
    if (!isMoved) return refuseDisputeMovedMeanwhile(trx, dispute, "respond");
    await appendEvent(trx, deps, {
      engagementId,
      type: "dispute.responded",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: { disputeId: dispute.id, number: Number(dispute.number), side, response },
    });
    const screening = await recordDisputeFinding(trx, deps, actor, dispute.id, text.value);
    const read = await readDispute(trx, engagementId, dispute.id, {
      side,
      canAct: true,
      now: deps.clock.now(),
    });
    return ok({ ...read, screening });
  });
}
