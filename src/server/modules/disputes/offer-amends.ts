import type { z } from "zod";
import type { OfferAmendsBody, ScreenedDispute } from "../../../contracts/disputes";
import { checkAmendsOffer } from "../../../domain/dispute/amends";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import type { Unworded } from "../../platform/wording";
import { termsInForce } from "../../kernel/terms-in-force";
import { appendEvent } from "../ledger/append-event";
import { listRoundsOf } from "../delivery/delivery.repository";
import { deliverableStatus, isAccepted } from "../../../domain/delivery/deliverable-progress";
import { closePendingOffers, insertOffer, updateDispute } from "./disputes.repository";
import { lockDisputeFor, refuseDisputeMovedMeanwhile } from "./lock-dispute";
import { readDispute } from "./read-disputes";
import { amendsLimitsOf, refuseAmends } from "./amends-limits";
import { recordDisputeFinding, screenDisputeText } from "./screen-dispute-text";

/**
 * One side offers amends (re-work, a credit note, a partial refund, more time, an apology),
 * combined as one offer; made to a pending offer, it counters it. Billing checks a credit note
 * against what is still open on its invoice when the offer is accepted. Its note and any
 * apology are screened as a message is.
 */
export async function offerAmends(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  disputeId: string,
  body: z.infer<typeof OfferAmendsBody>,
): Promise<Result<Unworded<ScreenedDispute, "policy">>> {
  const apologies = body.items.flatMap((i) => (i.kind === "apology" ? [i.text] : []));
  const text = await screenDisputeText(
    deps,
    actor,
    engagementId,
    [body.note, ...apologies],
    body.sendAnyway,
  );
  if (!text.ok) return text;
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockDisputeFor(trx, deps, actor, engagementId, disputeId, "offer");
    if (!locked.ok) return locked;
    const { dispute, next, orgId, side } = locked.value;
    const agreed = await termsInForce(trx, engagementId);
    if (!agreed) return fail("no_agreement_in_force");
    const limits = await amendsLimitsOf(
      trx,
      engagementId,
      body.items,
      agreed.terms.remuneration.currency,
    );
    if (!limits.isKnown) {
      return refuseAmends({
        reason: "amends_unknown_item",
        index: limits.index,
        field: "invoiceId",
      });
    }
    const checked = checkAmendsOffer(body.items, side, {
      deliverableIds: agreed.terms.deliverables.map((d) => d.id),
      milestones: agreed.terms.milestones,
      refundableMinor: limits.refundableMinor,
      creditableMinor: limits.creditableMinor,
      openMinor: limits.openMinor,
      today: deps.clock.now().toISOString().slice(0, 10),
    });
    if (!checked.ok) {
      const item = checked.index === null ? undefined : body.items[checked.index];
      const currency = item?.kind === "credit_note" ? limits.creditCurrency : limits.paidCurrency;
      return refuseAmends(checked, currency);
    }
    // Re-work reopens a deliverable still open to rounds; an accepted one already fell due.
    const reworked = body.items.flatMap((i) => (i.kind === "rework" ? [i.deliverableId] : []));
    if (reworked.length > 0) {
      const rounds = await listRoundsOf(trx, engagementId, reworked);
      const acceptedIndex = body.items.findIndex(
        (i) =>
          i.kind === "rework" &&
          isAccepted(deliverableStatus(rounds.filter((r) => r.deliverableId === i.deliverableId))),
      );
      if (acceptedIndex >= 0) {
        return refuseAmends({
          reason: "amends_rework_accepted",
          index: acceptedIndex,
          field: "deliverableId",
        });
      }
    }
    const now = deps.clock.now().toISOString();
    const isMoved = await updateDispute(trx, dispute.id, dispute.status, {
      status: next.status,
      rung: next.rung,
      offer_by: next.offerBy,
      waiting_since: now,
      updated_at: now,
    });
    if (!isMoved) return refuseDisputeMovedMeanwhile(trx, dispute, "offer");
    await closePendingOffers(trx, dispute.id, "countered", actor.userId, now);
    const offerId = deps.ids.newId();
    await insertOffer(trx, {
      id: offerId,
      dispute_id: dispute.id,
      engagement_id: engagementId,
      side,
      offered_by: actor.userId,
      items: JSON.stringify(body.items),
      note: body.note,
      status: "pending",
      answered_by: null,
      created_at: now,
      answered_at: null,
    });
    await appendEvent(trx, deps, {
      engagementId,
      type: "dispute.offer_made",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: {
        disputeId: dispute.id,
        number: Number(dispute.number),
        offerId,
        side,
        items: body.items,
        isCounter: dispute.status === "offer_pending",
      },
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
