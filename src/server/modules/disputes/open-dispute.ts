import type { z } from "zod";
import type { OpenDisputeBody, ScreenedDispute } from "../../../contracts/disputes";
import { disputeLadderOf } from "../../../domain/dispute/dispute-ladder";
import { checkDisputeSubject, openDisputeAbout } from "../../../domain/dispute/dispute-subject";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import type { Unworded } from "../../platform/wording";
import { termsInForce } from "../../kernel/terms-in-force";
import { lockParticipant } from "../../kernel/lock-participant";
import { DISPUTE_ACCESS } from "./dispute.policy";
import { appendEvent } from "../ledger/append-event";
import { listInvoicesOfEngagement } from "../billing/invoices.repository";
import { listChangeRequests } from "../change-requests/change-requests.repository";
import { insertDispute, listDisputes, nextDisputeNumber } from "./disputes.repository";
import { readDispute } from "./read-disputes";
import { recordDisputeFinding, screenDisputeText } from "./screen-dispute-text";

/**
 * Either side disputes one item of the engagement and says what it wants. The ladder is the
 * agreement's dispute clause as Accord runs it; the other side's response window starts now.
 * The item must be the engagement's own (`subject.ref` named in a 400 otherwise), and one
 * dispute per item is open at a time (409 `dispute_already_open` names it). The statement and
 * what the side wants are screened as a message is.
 */
export async function openDispute(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  body: z.infer<typeof OpenDisputeBody>,
): Promise<Result<Unworded<ScreenedDispute, "policy">>> {
  const text = await screenDisputeText(
    deps,
    actor,
    engagementId,
    [body.statement, body.wants],
    body.sendAnyway,
  );
  if (!text.ok) return text;
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, DISPUTE_ACCESS.act);
    if (!locked.ok) return locked;
    const agreed = await termsInForce(trx, engagementId);
    if (!agreed) return fail("no_agreement_in_force");
    const [invoices, changes, disputes] = await Promise.all([
      listInvoicesOfEngagement(trx, engagementId),
      listChangeRequests(trx, engagementId),
      listDisputes(trx, engagementId),
    ]);
    const wrongSubject = checkDisputeSubject(body.subject, {
      deliverableIds: agreed.terms.deliverables.map((d) => d.id),
      milestoneIds: agreed.terms.milestones.map((m) => m.id),
      invoiceIds: invoices.filter((i) => i.number !== null).map((i) => i.id),
      changeRequestIds: changes.map((c) => c.id),
    });
    if (wrongSubject) {
      const key =
        wrongSubject === "subject_required"
          ? "dispute.subject_required"
          : "dispute.subject_unknown";
      return fail("validation_failed", undefined, [
        { path: "subject.ref", key, values: { kind: body.subject.kind } },
      ]);
    }
    // The engagement is locked: of two openings at once, the second sees the first here.
    const already = openDisputeAbout(
      disputes.map((d) => ({
        number: Number(d.number),
        status: d.status,
        openedSide: d.opened_side,
        subject: { kind: d.subject_kind, ref: d.subject_ref },
        statement: d.statement,
      })),
      { subject: body.subject, statement: body.statement, side: locked.value.side },
    );
    if (already) return fail("dispute_already_open", { number: already.number });
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
    const screening = await recordDisputeFinding(trx, deps, actor, id, text.value);
    const dispute = await readDispute(trx, engagementId, id, {
      side: locked.value.side,
      canAct: true,
      now: deps.clock.now(),
    });
    return ok({ ...dispute, screening });
  });
}
