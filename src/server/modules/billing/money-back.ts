import type { Kysely } from "kysely";
import { sumExact } from "../../../domain/billing/rounding";
import { creditedBeyondOpenMinor, type MoneyBack } from "../../../domain/billing/refunds";
import { refundOfferedMinor, type AmendsItem } from "../../../domain/dispute/amends";
import type { Database } from "../../db/schema";
import { listInvoicesOfEngagement } from "./invoices.repository";
import { confirmedPaymentsMinorOf, listCreditNotes, listPayments } from "./payments.repository";
import { listAcceptedOfferItems, refundTotalsOf } from "./refunds.repository";

/**
 * What the client paid on the engagement in `currency` and what of it is owed back or was paid
 * back, as `stillRefundableMinor` reads it: each invoice's credit notes beyond what was open on
 * it, refunds accepted as amends in any dispute, refunds confirmed or awaiting an answer. Only
 * money received counts as paid: a payment awaiting the other side's confirmation gives nothing
 * to give back until it is confirmed. Billing reads it before a credit note, disputes before
 * and on accepting an offer.
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
