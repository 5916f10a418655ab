import type { Kysely } from "kysely";
import type { z } from "zod";
import type { AmendsItem } from "../../../contracts/disputes";
import { creditableMinor, outstandingMinor } from "../../../domain/billing/payments";
import { stillRefundableMinor } from "../../../domain/billing/refunds";
import type { Database } from "../../db/schema";
import { invoiceMoney } from "../billing/invoice-money";
import { findInvoice } from "../billing/invoices.repository";
import { moneyBackOf } from "../refunds/refund-money";

type Item = z.infer<typeof AmendsItem>;

/** What the record lets an offer promise in money, and the currency each limit is said in. */
export type AmendsLimits =
  | {
      isKnown: true;
      refundableMinor: number;
      paidCurrency: string;
      creditableMinor: number;
      openMinor: number;
      creditCurrency: string;
    }
  /** A credit note names an invoice this engagement does not have (item `index`). */
  | { isKnown: false; index: number };

/**
 * The limits of `checkAmendsOffer` read from the engagement's record at the moment of the
 * offer: what may still be promised back to the client (`stillRefundableMinor`: confirmed
 * payments in the agreement's currency less what credit notes beyond what was open, refunds
 * accepted in earlier disputes and refunds paid back already owe or gave back), a credit note
 * up to what its invoice charged less earlier credit notes (`creditableMinor`), its part beyond
 * what is still open on the invoice (`outstandingMinor`) within what may still be promised back.
 * Billing checks the credit note again when the offer is accepted.
 */
export async function amendsLimitsOf(
  db: Kysely<Database>,
  engagementId: string,
  items: readonly Item[],
  currency: string,
): Promise<AmendsLimits> {
  let credit = { creditableMinor: 0, openMinor: 0, currency };
  const creditIndex = items.findIndex((item) => item.kind === "credit_note");
  const creditItem = items[creditIndex];
  if (creditItem?.kind === "credit_note") {
    const invoice = await findInvoice(db, engagementId, creditItem.invoiceId);
    if (!invoice) return { isKnown: false, index: creditIndex };
    const { payable } = await invoiceMoney(db, invoice);
    credit = {
      creditableMinor: creditableMinor(payable),
      openMinor: outstandingMinor(payable.totalMinor, payable.payments, payable.creditNotes),
      currency: invoice.currency,
    };
  }
  const refundableMinor = items.some(
    (item) => item.kind === "partial_refund" || item.kind === "credit_note",
  )
    ? stillRefundableMinor(await moneyBackOf(db, engagementId, currency))
    : 0;
  return {
    isKnown: true,
    refundableMinor,
    paidCurrency: currency,
    creditableMinor: credit.creditableMinor,
    openMinor: credit.openMinor,
    creditCurrency: credit.currency,
  };
}
