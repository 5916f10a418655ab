import type { ChangeRequest } from "../../../contracts/change-requests";
import type { Participants } from "../../kernel/access";
import type { Actor } from "../../platform/actor";
import { changeRequestAbilities } from "./change-request.policy";
import type { ChangeRequestRow } from "./change-requests.repository";

/** Who reads a change request: the abilities it carries are theirs. */
export interface ChangeRequestReader {
  actor: Actor;
  engagement: Participants;
}

export function presentChangeRequest(
  row: ChangeRequestRow,
  currency: string,
  reader: ChangeRequestReader,
): ChangeRequest {
  const person = (id: string | null, name: string | null) => (id && name ? { id, name } : null);
  const pricedBy = person(row.priced_by, row.priced_by_name);
  return {
    id: row.id,
    number: Number(row.number),
    status: row.status,
    title: row.title,
    reason: row.reason,
    deliverableIds: JSON.parse(row.deliverable_ids) as string[],
    additionalRevisions: Number(row.additional_revisions),
    proposedBy: { id: row.proposed_by, name: row.proposed_by_name },
    proposedSide: row.proposed_side,
    fromRemarkId: row.from_remark_id,
    pricing:
      pricedBy && row.price_minor !== null && row.effort_unit && row.priced_at
        ? {
            effort: { unit: row.effort_unit, quantity: Number(row.effort_quantity) },
            priceMinor: Number(row.price_minor),
            currency,
            scheduleImpactDays: Number(row.schedule_impact_days ?? 0),
            note: row.pricing_note ?? "",
            pricedBy,
            pricedAt: row.priced_at,
          }
        : null,
    declineReason: row.decline_reason,
    decidedBy: person(row.decided_by, row.decided_by_name),
    decidedAt: row.decided_at,
    application: row.application,
    agreementVersion: row.agreement_version === null ? null : Number(row.agreement_version),
    appliedAt: row.applied_at,
    createdAt: row.created_at,
    abilities: changeRequestAbilities(reader.actor, reader.engagement, {
      status: row.status,
      proposedSide: row.proposed_side,
    }),
  };
}
