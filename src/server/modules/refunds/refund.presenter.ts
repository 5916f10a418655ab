import type { Refund } from "../../../contracts/billing";
import { refundAbilities, type BillingReader } from "../billing/billing.policy";
import type { RefundRow } from "../billing/refunds.repository";

/** A refund as the API answers it, with what the reader may do with it now. */
export function presentRefund(row: RefundRow, reader: BillingReader): Refund {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    paidOn: row.paid_on,
    reference: row.reference,
    status: row.status,
    recordedBy: { id: row.recorded_by, name: row.recorded_by_name },
    recordedAt: row.recorded_at,
    decidedBy:
      row.decided_by && row.decided_by_name
        ? { id: row.decided_by, name: row.decided_by_name }
        : null,
    decidedAt: row.decided_at,
    abilities: refundAbilities(reader, { status: row.status }),
  };
}
