import type { Kysely } from "kysely";
import { sumExact } from "../../../domain/billing/rounding";
import {
  creditedBeyondOpenMinor,
  openToRefundMinor,
  type MoneyBack,
} from "../../../domain/billing/refunds";
import { refundOfferedMinor, type AmendsItem } from "../../../domain/dispute/amends";
import type { Database } from "../../db/schema";
import { termsInForce } from "../../kernel/terms-in-force";
import { listInvoicesOfEngagement } from "../billing/invoices.repository";
import {
  confirmedPaymentsMinorOf,
  listCreditNotes,
  listPayments,
} from "../billing/payments.repository";
import { listAcceptedOfferItems } from "../disputes/disputes.repository";
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

/**
 * What the client paid on the engagement in `currency` and what of it is owed back or was paid
 * back, as `stillRefundableMinor` reads it: each invoice's credit notes beyond what was open on
 * it, refunds accepted as amends in any dispute, refunds confirmed or awaiting an answer.
 */
export async function moneyBackOf(
  db: Kysely<Database>,
  engagementId: string,
  currency: string,
): Promise<MoneyBack> {
  const invoices = (await listInvoicesOfEngagement(db, engagementId)).filter(
    (invoice) => invoice.currency === currency,
  );
  const ids = invoices.map((invoice) => invoice.id);
  const [payments, creditNotes, accepted, totals] = await Promise.all([
    listPayments(db, ids),
    listCreditNotes(db, ids),
    listAcceptedOfferItems(db, engagementId),
    refundTotalsOf(db, engagementId, currency),
  ]);
  const creditedBeyondOpen = invoices.map((invoice) =>
    creditedBeyondOpenMinor({
      totalMinor: Number(invoice.total_minor),
      confirmedPaidMinor: Number(
        sumExact(
          payments
            .filter((p) => p.invoice_id === invoice.id && p.status === "confirmed")
            .map((p) => Number(p.amount_minor)),
        ),
      ),
      creditedMinor: Number(
        sumExact(
          creditNotes.filter((c) => c.invoice_id === invoice.id).map((c) => Number(c.amount_minor)),
        ),
      ),
    }),
  );
  return {
    paidMinor: await confirmedPaymentsMinorOf(db, engagementId, currency),
    creditedBeyondOpenMinor: Number(sumExact(creditedBeyondOpen)),
    agreedRefundsMinor: refundOfferedMinor(
      accepted.flatMap((items) => JSON.parse(items) as AmendsItem[]),
    ),
    paidBackMinor: totals.confirmed + totals.recorded,
  };
}
