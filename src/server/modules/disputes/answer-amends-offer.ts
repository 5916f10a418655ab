import type { z } from "zod";
import type { AmendsItem, Dispute } from "../../../contracts/disputes";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { wording } from "../../platform/wording";
import { issueCreditNoteIn } from "../billing/issue-credit-note";
import { appendEvent } from "../ledger/append-event";
import { writeChangeIntoAgreement } from "../agreements/write-change-into-agreement";
import { applyAmendsToTerms } from "../../../domain/dispute/amends";
import { closePendingOffers, findPendingOffer, updateDispute } from "./disputes.repository";
import { recheckRefund } from "./amends-limits";
import { lockDisputeFor, refuseDisputeMovedMeanwhile, refuseDisputeStep } from "./lock-dispute";
import { readDispute } from "./read-disputes";

/**
 * The side an offer was made to accepts or declines it. Accepting carries the amends out in the
 * same transaction (a credit note through billing, in the offering provider's name) and closes
 * the dispute with the outcome recorded; if billing refuses (the invoice has less open than the
 * credit) or the refund no longer fits in what may be paid back, nothing is accepted.
 * Declining returns the dispute to negotiation.
 */
export function answerAmendsOffer(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  disputeId: string,
  answer: "accept" | "decline",
): Promise<Result<Dispute>> {
  return runInTransaction(deps.db, async (trx) => {
    const action = answer === "accept" ? "accept_offer" : "decline_offer";
    const locked = await lockDisputeFor(trx, deps, actor, engagementId, disputeId, action);
    if (!locked.ok) return locked;
    const { dispute, next, orgId, side, engagement } = locked.value;
    const offer = await findPendingOffer(trx, dispute.id);
    if (!offer) return refuseDisputeStep(dispute, action);
    const items = JSON.parse(offer.items) as z.infer<typeof AmendsItem>[];
    const now = deps.clock.now().toISOString();
    const creditNotes: string[] = [];
    if (answer === "accept") {
      for (const item of items) {
        if (item.kind !== "credit_note" || !engagement.provider_org_id) continue;
        const issued = await issueCreditNoteIn(trx, deps, {
          engagementId,
          invoiceId: item.invoiceId,
          amountMinor: item.amountMinor,
          reason: wording("creditNote.reason.amends", { number: Number(dispute.number) }),
          actorUserId: offer.offered_by,
          actorOrgId: engagement.provider_org_id,
        });
        if (!issued.ok) return issued;
        creditNotes.push(issued.value.number);
      }
      const withinRecord = await recheckRefund(trx, engagementId, items);
      if (!withinRecord.ok) return withinRecord;
      // Re-work and more time are written into a new version in force at once: both sides
      // agreed to them (one offered, the other accepted), as with an acknowledged change.
      if (items.some((item) => item.kind === "rework" || item.kind === "extended_deadline"))
        await writeChangeIntoAgreement(trx, deps, {
          engagementId,
          actorUserId: actor.userId,
          actorOrgId: orgId,
          side,
          disputeNumber: Number(dispute.number),
          application: "acknowledgement",
          amend: (terms) => applyAmendsToTerms(terms, items) ?? terms,
        });
    }
    const outcome =
      answer === "accept" ? JSON.stringify({ offerId: offer.id, items, creditNotes }) : null;
    const isMoved = await updateDispute(trx, dispute.id, dispute.status, {
      status: next.status,
      offer_by: null,
      outcome,
      waiting_since: now,
      updated_at: now,
    });
    if (!isMoved) return refuseDisputeMovedMeanwhile(trx, dispute, action);
    await closePendingOffers(
      trx,
      dispute.id,
      answer === "accept" ? "accepted" : "declined",
      actor.userId,
      now,
    );
    const ref = { disputeId: dispute.id, number: Number(dispute.number), offerId: offer.id, side };
    const by = { engagementId, actorUserId: actor.userId, actorOrgId: orgId };
    await appendEvent(
      trx,
      deps,
      answer === "accept"
        ? {
            ...by,
            type: "dispute.settled",
            payload: { ...ref, by: "amends", items, creditNotes },
          }
        : { ...by, type: "dispute.offer_declined", payload: ref },
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
