import type { Kysely } from "kysely";
import type { z } from "zod";
import type { AmendsItem } from "../../../contracts/disputes";
import {
  refundOfferedMinor,
  refundOverLimitMinor,
  type AmendsRefusalAt,
} from "../../../domain/dispute/amends";
import { day, money } from "../../../domain/findings";
import { creditableMinor, outstandingMinor } from "../../../domain/billing/payments";
import { stillRefundableMinor } from "../../../domain/billing/refunds";
import type { Database } from "../../db/schema";
import { termsInForce } from "../../kernel/terms-in-force";
import { fail, failAtField, type FailureValues, ok, type Result } from "../../platform/result";
import { invoiceMoney } from "../billing/invoice-money";
import { findInvoice } from "../billing/invoices.repository";
import { moneyBackOf } from "../billing/money-back";

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

/**
 * An accepted offer's refund, checked against the record as it is once the offer's credit note
 * is issued: another dispute's refund accepted, a credit note issued or a refund paid back since
 * the offer was made may have used what it promises (two offers each within what the client
 * paid, together beyond it). The person accepting typed no amount, so no field is named.
 */
export async function recheckRefund(
  db: Kysely<Database>,
  engagementId: string,
  items: readonly Item[],
): Promise<Result<void>> {
  if (refundOfferedMinor(items) === 0) return ok(undefined);
  const agreed = await termsInForce(db, engagementId);
  if (!agreed) return fail("no_agreement_in_force");
  const currency = agreed.terms.remuneration.currency;
  const refundable = stillRefundableMinor(await moneyBackOf(db, engagementId, currency));
  const limitMinor = refundOverLimitMinor(items, refundable);
  if (limitMinor === null) return ok(undefined);
  return fail("amends_invalid", {
    reason: "amends_over_limit",
    limit: money(limitMinor, currency),
  });
}

/**
 * The refusal of an offer, said at the item and field it is about (`items.1.amountMinor`), with
 * the limit passed in the person's terms: money in the currency, the milestone's current date.
 */
export function refuseAmends(
  refusal: Omit<AmendsRefusalAt, "reason"> & {
    reason: AmendsRefusalAt["reason"] | "amends_rework_accepted";
  },
  currency?: string,
): Result<never> {
  const values: FailureValues = { reason: refusal.reason };
  if (refusal.limitMinor !== undefined && currency) {
    values.limit = money(refusal.limitMinor, currency);
  }
  if (refusal.dueDate) values.dueDate = day(refusal.dueDate);
  const path =
    refusal.index === null
      ? "items"
      : ["items", refusal.index, refusal.field].filter((p) => p !== null).join(".");
  return failAtField("amends_invalid", path, values);
}
