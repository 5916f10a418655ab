import type { Refund } from "../../../contracts/billing";
import { isRepeatedDecision } from "../../../domain/billing/invoice-void";
import { decideRefund } from "../../../domain/billing/refunds";
import { lockParticipant } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { BILLING_ACCESS } from "../billing/billing.policy";
import { answerRefundRow, findRefund } from "../billing/refunds.repository";
import { endExitIfAmicable } from "../exits/end-exit-if-amicable";
import { findExit } from "../exits/exits.repository";
import { appendEvent } from "../ledger/append-event";
import { presentRefund } from "./refund.presenter";

/**
 * The client says whether money the provider paid back arrived: confirmed, it counts (the
 * final settlement adds it back, and an exit whose balance it brings to zero, handed over,
 * ends amicably now); rejected, its amount is open to record again. A refund is answered
 * once: the same answer again (a retry after a time-out) answers the refund as it stands, as
 * payments do; the other answer is `409 refund_already_decided`.
 */
export function answerRefund(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  refundId: string,
  decision: "confirm" | "reject",
): Promise<Result<Refund>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(
      trx,
      deps,
      actor,
      engagementId,
      BILLING_ACCESS.answerRefund,
    );
    if (!locked.ok) return locked;
    const refund = await findRefund(trx, engagementId, refundId);
    if (!refund) return fail("not_found");
    if (isRepeatedDecision(refund.status, decision))
      return ok(presentRefund(refund, { actor, engagement: locked.value.engagement }));
    const decided = decideRefund({ status: refund.status }, decision);
    if (!decided.ok) return fail("refund_already_decided", { status: refund.status });
    const at = deps.clock.now().toISOString();
    const answer = { status: decided.status, decidedBy: actor.userId, at };
    // The engagement's lock makes the row ours: an update that finds it answered is a bug.
    if (!(await answerRefundRow(trx, engagementId, refundId, answer)))
      throw new Error("refund answered by another transaction under the engagement's lock");
    await appendEvent(trx, deps, {
      engagementId,
      type: decided.status === "confirmed" ? "refund.confirmed" : "refund.rejected",
      actorUserId: actor.userId,
      actorOrgId: locked.value.orgId,
      payload: {
        refundId,
        amountMinor: Number(refund.amount_minor),
        currency: refund.currency,
      },
    });
    if (decided.status === "confirmed" && (await findExit(trx, engagementId))) {
      await endExitIfAmicable(trx, deps, engagementId);
    }
    const answered = await findRefund(trx, engagementId, refundId);
    if (!answered) throw new Error("refund vanished inside its own transaction");
    return ok(presentRefund(answered, { actor, engagement: locked.value.engagement }));
  });
}
