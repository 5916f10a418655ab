import type { Dispute } from "../../../contracts/disputes";
import type { AmendsItem } from "../../../contracts/disputes";
import type { z } from "zod";
import { disputeDeadline } from "../../../domain/dispute/dispute-deadlines";
import type { DisputeRung } from "../../../domain/dispute/dispute-ladder";
import type { DisputeOfferRow, DisputeRow } from "./disputes.repository";

export function presentDispute(row: DisputeRow, offers: readonly DisputeOfferRow[]): Dispute {
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
    outcome: row.outcome,
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
    createdAt: row.created_at,
  };
}
