import type { Kysely } from "kysely";
import { openToRefundMinor } from "../../../domain/billing/refunds";
import type { Database } from "../../db/schema";
import { termsInForce } from "../../kernel/terms-in-force";
import { confirmedPaymentsMinorOf } from "../billing/payments.repository";
import { refundTotalsOf } from "../billing/refunds.repository";

export interface RefundMoney {
  /** The agreement in force's currency; null before any agreement is in force (nothing paid). */
  currency: string | null;
  paidMinor: number;
  refundedMinor: number;
  awaitingConfirmationMinor: number;
  openToRefundMinor: number;
}

/**
 * What the client paid on the engagement and what came back: its confirmed payments in the
 * agreement's currency, its refunds' totals, and what may still be recorded as paid back. The
 * sums are the database's (`refundTotalsOf`), so no refund row is read for them.
 */
export async function refundMoneyOf(
  db: Kysely<Database>,
  engagementId: string,
): Promise<RefundMoney> {
  const agreed = await termsInForce(db, engagementId);
  const currency = agreed?.terms.remuneration.currency ?? null;
  if (!currency) {
    return {
      currency,
      paidMinor: 0,
      refundedMinor: 0,
      awaitingConfirmationMinor: 0,
      openToRefundMinor: 0,
    };
  }
  const paidMinor = await confirmedPaymentsMinorOf(db, engagementId, currency);
  const totals = await refundTotalsOf(db, engagementId, currency);
  return {
    currency,
    paidMinor,
    refundedMinor: totals.confirmed,
    awaitingConfirmationMinor: totals.recorded,
    openToRefundMinor: openToRefundMinor(paidMinor, [
      { amountMinor: totals.confirmed, status: "confirmed" },
      { amountMinor: totals.recorded, status: "recorded" },
    ]),
  };
}
