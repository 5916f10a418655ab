import type { AmendsItem, Dispute, DisputeOutcome } from "../../../contracts/disputes";
import type { z } from "zod";
import { disputeDeadline, missedAnswerDeadline } from "../../../domain/dispute/dispute-deadlines";
import {
  transitionDispute,
  type DisputeAction,
  type DisputeRung,
} from "../../../domain/dispute/dispute-ladder";
import type { Side } from "../../../domain/engagement/engagement";
import type { DisputeOfferRow, DisputeRow } from "./disputes.repository";
import { disputeStateOf } from "./lock-dispute";

/** Who reads the dispute, when: their side, and whether their role lets them act in disputes. */
export interface DisputeViewer {
  side: Side;
  canAct: boolean;
  now: Date;
}

/**
 * The steps the viewer may take now: their role allows acting, the ladder gives them the step,
 * and an answer's window has not passed (the sweeper climbs instead).
 */
function abilitiesFor(row: DisputeRow, viewer: DisputeViewer | null): Dispute["abilities"] {
  const waiting = { status: row.status, waitingSince: new Date(row.waiting_since) };
  const may = (action: DisputeAction) =>
    viewer !== null &&
    viewer.canAct &&
    transitionDispute(disputeStateOf(row), action, viewer.side).ok &&
    missedAnswerDeadline(waiting, action, viewer.now) === null;
  return {
    respond: may("respond"),
    offer: may("offer"),
    answerOffer: may("accept_offer"),
    escalate: may("escalate"),
    acceptRecommendation: may("accept_recommendation"),
  };
}

/**
 * The outcome as stored (JSON text): accepted amends are kept without `by` and with their items
 * (the accepted offer's, which the reader has in `offers`), a recommendation both took with
 * `by: "recommendation"`.
 */
function outcomeOf(text: string | null): z.infer<typeof DisputeOutcome> | null {
  if (text === null) return null;
  const stored = JSON.parse(text) as
    | { by: "recommendation"; recommendation: string }
    | { by?: undefined; offerId: string; creditNotes?: string[] };
  return stored.by === "recommendation"
    ? { by: "recommendation", recommendation: stored.recommendation }
    : { by: "amends", offerId: stored.offerId, creditNotes: stored.creditNotes ?? [] };
}

export function presentDispute(
  row: DisputeRow,
  offers: readonly DisputeOfferRow[],
  viewer: DisputeViewer | null,
): Dispute {
  const due = disputeDeadline({ status: row.status, waitingSince: new Date(row.waiting_since) });
  return {
    id: row.id,
    number: Number(row.number),
    subject: { kind: row.subject_kind, ref: row.subject_ref },
    statement: row.statement,
    wants: row.wants,
    openedSide: row.opened_side,
    status: row.status,
    rung: row.rung,
    ladder: JSON.parse(row.ladder) as DisputeRung[],
    response: row.response,
    outcome: outcomeOf(row.outcome),
    dueAt: due ? due.toISOString() : null,
    offers: offers
      .filter((offer) => offer.dispute_id === row.id)
      .map((offer) => ({
        id: offer.id,
        side: offer.side,
        items: JSON.parse(offer.items) as z.infer<typeof AmendsItem>[],
        note: offer.note,
        status: offer.status,
        createdAt: offer.created_at,
        answeredAt: offer.answered_at,
      })),
    recommendation: row.recommendation,
    recommendationAcceptedBy: JSON.parse(row.recommendation_accepted_by) as Side[],
    abilities: abilitiesFor(row, viewer),
    createdAt: row.created_at,
  };
}
