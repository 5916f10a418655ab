import type { Kysely } from "kysely";
import type { z } from "zod";
import type { AmendsItem } from "../../../contracts/disputes";
import { creditableMinor } from "../../../domain/billing/payments";
import { refundableMinor } from "../../../domain/dispute/amends";
import type { Database } from "../../db/schema";
import { invoiceMoney } from "../billing/invoice-money";
import { findInvoice } from "../billing/invoices.repository";
import { confirmedPaymentsMinorOf } from "../billing/payments.repository";
import { listAcceptedOfferItems } from "./disputes.repository";

type Item = z.infer<typeof AmendsItem>;

/** What the record lets an offer promise in money, and the currency each limit is said in. */
export type AmendsLimits =
  | {
      isKnown: true;
      paidMinor: number;
      paidCurrency: string;
      creditableMinor: number;
      creditCurrency: string;
    }
  /** A credit note names an invoice this engagement does not have (item `index`). */
  | { isKnown: false; index: number };

/**
 * The limits of `checkAmendsOffer` read from the engagement's record at the moment of the
 * offer: a refund up to what the client paid (confirmed payments in the agreement's currency,
 * less refunds already accepted in earlier disputes), a credit note up to what its invoice
 * charged less earlier credit notes (`creditableMinor`: what of it was paid is owed back).
 * Billing checks the credit note again when the offer is accepted.
 */
export async function amendsLimitsOf(
  db: Kysely<Database>,
  engagementId: string,
  items: readonly Item[],
  currency: string,
): Promise<AmendsLimits> {
  let creditable = { minor: 0, currency };
  const creditIndex = items.findIndex((item) => item.kind === "credit_note");
  const credit = items[creditIndex];
  if (credit?.kind === "credit_note") {
    const invoice = await findInvoice(db, engagementId, credit.invoiceId);
    if (!invoice) return { isKnown: false, index: creditIndex };
    const money = await invoiceMoney(db, invoice);
    creditable = { minor: creditableMinor(money.payable), currency: invoice.currency };
  }
  const paidMinor = items.some((item) => item.kind === "partial_refund")
    ? refundableMinor(
        await confirmedPaymentsMinorOf(db, engagementId, currency),
        (await listAcceptedOfferItems(db, engagementId)).map((text) => JSON.parse(text) as Item[]),
      )
    : 0;
  return {
    isKnown: true,
    paidMinor,
    paidCurrency: currency,
    creditableMinor: creditable.minor,
    creditCurrency: creditable.currency,
  };
}
