import type { z } from "zod";
import type { Dispute, OpenDisputeBody } from "../../../contracts/disputes";
import { disputeLadderOf } from "../../../domain/dispute/dispute-ladder";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { termsInForce } from "../../kernel/terms-in-force";
import { lockParticipant } from "../../kernel/lock-participant";
import { DISPUTE_ACCESS } from "./dispute.policy";
import { appendEvent } from "../ledger/append-event";
import { insertDispute, nextDisputeNumber } from "./disputes.repository";
import { readDispute } from "./read-disputes";

/**
 * Either side disputes one item of the engagement and says what it wants. The ladder is the
 * agreement's dispute clause as Accord runs it; the other side's response window starts now.
 */
export function openDispute(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  body: z.infer<typeof OpenDisputeBody>,
): Promise<Result<Dispute>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, DISPUTE_ACCESS.act);
    if (!locked.ok) return locked;
    const agreed = await termsInForce(trx, engagementId);
    if (!agreed) return fail("no_agreement_in_force");
    const id = deps.ids.newId();
    const number = await nextDisputeNumber(trx, engagementId);
    const ladder = disputeLadderOf(agreed.terms.disputeLadder);
    const now = deps.clock.now().toISOString();
    await insertDispute(trx, {
      id,
      engagement_id: engagementId,
      number,
      subject_kind: body.subject.kind,
      subject_ref: body.subject.ref,
      statement: body.statement,
      wants: body.wants,
      opened_side: locked.value.side,
      opened_by: actor.userId,
      status: "awaiting_response",
      rung: "negotiation",
      ladder: JSON.stringify(ladder),
      offer_by: null,
      recommendation: null,
      recommended_by: null,
      recommendation_accepted_by: "[]",
      response: null,
      outcome: null,
      waiting_since: now,
      created_at: now,
      updated_at: now,
    });
    await appendEvent(trx, deps, {
      engagementId,
      type: "dispute.opened",
      actorUserId: actor.userId,
      actorOrgId: locked.value.orgId,
      payload: {
        disputeId: id,
        number,
        side: locked.value.side,
        subject: body.subject,
        statement: body.statement,
        wants: body.wants,
        ladder,
      },
    });
    return ok(await readDispute(trx, engagementId, id, { side: locked.value.side, canAct: true }));
  });
}
