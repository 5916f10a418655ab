import type { Kysely } from "kysely";
import { sumExact } from "../../../domain/billing/rounding";
import { creditedBeyondOpenMinor, type MoneyBack } from "../../../domain/billing/refunds";
import { refundOfferedMinor, type AmendsItem } from "../../../domain/dispute/amends";
import type { Database } from "../../db/schema";
import { listInvoicesOfEngagement } from "../billing/invoices.repository";
import {
  confirmedPaymentsMinorOf,
  listCreditNotes,
  listPayments,
} from "../billing/payments.repository";
import { refundTotalsOf } from "../billing/refunds.repository";
import { listAcceptedOfferItems } from "./disputes.repository";

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
