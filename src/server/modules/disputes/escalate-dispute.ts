import type { Kysely } from "kysely";
import type { Dispute } from "../../../contracts/disputes";
import { isEscalationDue } from "../../../domain/dispute/dispute-deadlines";
import { transitionDispute } from "../../../domain/dispute/dispute-ladder";
import { lockEngagement } from "../../db/locking";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import {
  closePendingOffers,
  findDispute,
  listWaitingDisputes,
  updateDispute,
  type DisputeRow,
} from "./disputes.repository";
import { disputeStateOf, lockDisputeFor, refuseDisputeMovedMeanwhile } from "./lock-dispute";
import { readDispute } from "./read-disputes";

/** A side climbs one rung once both have spoken and nothing waits for its own answer. */
export function escalateDispute(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  disputeId: string,
): Promise<Result<Dispute>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockDisputeFor(trx, deps, actor, engagementId, disputeId, "escalate");
    if (!locked.ok) return locked;
    const { dispute, orgId, side } = locked.value;
    const isMoved = await climb(trx, deps, dispute, { userId: actor.userId, orgId, side });
    if (!isMoved) return refuseDisputeMovedMeanwhile(trx, dispute, "escalate");
    return ok(
      await readDispute(trx, engagementId, dispute.id, {
        side,
        canAct: true,
        now: deps.clock.now(),
      }),
    );
  });
}

async function climb(
  trx: Kysely<Database>,
  deps: AppDeps,
  dispute: DisputeRow,
  by: { userId: string; orgId: string; side: "client" | "provider" } | null,
): Promise<boolean> {
  const moved = transitionDispute(disputeStateOf(dispute), "escalate", by ? by.side : "system");
  if (!moved.ok) return false;
  const now = deps.clock.now().toISOString();
  const isMoved = await updateDispute(trx, dispute.id, dispute.status, {
    status: moved.state.status,
    rung: moved.state.rung,
    offer_by: null,
    recommendation_accepted_by: "[]",
    waiting_since: now,
    updated_at: now,
  });
  if (!isMoved) return false;
  await closePendingOffers(trx, dispute.id, "lapsed", null, now);
  await appendEvent(trx, deps, {
    engagementId: dispute.engagement_id,
    type: "dispute.escalated",
    actorUserId: by?.userId ?? null,
    actorOrgId: by?.orgId ?? null,
    payload: {
      disputeId: dispute.id,
      number: Number(dispute.number),
      from: dispute.rung,
      to: moved.state.rung,
      reason: by ? "side_escalated" : "window_passed",
      ...(by && { side: by.side }),
    },
  });
  return true;
}

/**
 * The sweeper's part of disputes: every dispute whose pending step passed its window unanswered
 * climbs one rung, under the engagement's lock and a conditional update, so concurrent sweeps
 * move each once. Returns how many this call moved.
 */
export async function escalateOverdueDisputes(
  deps: AppDeps,
  options: { limit?: number } = {},
): Promise<number> {
  const now = deps.clock.now();
  const waiting = await listWaitingDisputes(deps.db, options.limit ?? 100);
  let moved = 0;
  for (const candidate of waiting) {
    const waitingSince = new Date(candidate.waiting_since);
    if (!isEscalationDue({ status: candidate.status, waitingSince }, now)) continue;
    const isMoved = await deps.db.transaction().execute(async (trx) => {
      await lockEngagement(trx, deps.dialect, candidate.engagement_id);
      const fresh = await findDispute(trx, candidate.engagement_id, candidate.id);
      if (
        !fresh ||
        fresh.status !== candidate.status ||
        fresh.waiting_since !== candidate.waiting_since
      )
        return false;
      return climb(trx, deps, fresh, null);
    });
    if (isMoved) moved += 1;
  }
  return moved;
}
