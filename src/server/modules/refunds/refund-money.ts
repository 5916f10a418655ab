import type { Kysely } from "kysely";
import { openToRefundMinor } from "../../../domain/billing/refunds";
import { sumExact } from "../../../domain/billing/rounding";
import type { Database } from "../../db/schema";
import { termsInForce } from "../../kernel/terms-in-force";
import { confirmedPaymentsMinorOf } from "../billing/payments.repository";
import { listRefunds, type RefundRow } from "../billing/refunds.repository";

export interface RefundMoney {
  /** The agreement in force's currency; null before any agreement is in force (nothing paid). */
  currency: string | null;
  paidMinor: number;
  refundedMinor: number;
  awaitingConfirmationMinor: number;
  openToRefundMinor: number;
  refunds: RefundRow[];
}

/**
 * What the client paid on the engagement and what came back: its confirmed payments in the
 * agreement's currency, its refunds, and what may still be recorded as paid back.
 */
export async function refundMoneyOf(
  db: Kysely<Database>,
  engagementId: string,
): Promise<RefundMoney> {
  const agreed = await termsInForce(db, engagementId);
  const refunds = await listRefunds(db, engagementId);
  const currency = agreed?.terms.remuneration.currency ?? null;
  const paidMinor = currency ? await confirmedPaymentsMinorOf(db, engagementId, currency) : 0;
  const amounts = refunds
    .filter((r) => r.currency === currency)
    .map((r) => ({ amountMinor: Number(r.amount_minor), status: r.status }));
  const sumOf = (status: RefundRow["status"]) =>
    Number(sumExact(amounts.filter((r) => r.status === status).map((r) => r.amountMinor)));
  return {
    currency,
    paidMinor,
    refundedMinor: sumOf("confirmed"),
    awaitingConfirmationMinor: sumOf("recorded"),
    openToRefundMinor: openToRefundMinor(paidMinor, amounts),
    refunds,
  };
}
