import { isSameText } from "../same-text";
import { sumExact } from "./rounding";

/**
 * A refund is money the provider paid back to the client: recorded by the provider ("we paid
 * back") and confirmed or rejected by the client ("it arrived" or "it did not"), so, as with a
 * payment, neither side alone decides that money moved. It belongs to the engagement, not to an
 * invoice: what is owed back (a refund accepted as amends, a credit note after payment, a
 * retainer paid ahead of the exit) is the engagement's balance, not one invoice's.
 */
export const REFUND_STATUSES = ["recorded", "confirmed", "rejected"] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export interface Refund {
  amountMinor: number;
  currency: string;
  /** ISO date the money was paid back, as the provider states it. */
  paidOn: string;
  reference: string;
  status: RefundStatus;
}

/**
 * What may still be paid back: the client's confirmed payments less every refund confirmed or
 * awaiting the client's answer. Counting unanswered refunds keeps the same money from being
 * recorded twice while the client has not answered; a rejected refund frees its amount again.
 * Never below zero.
 */
export function openToRefundMinor(
  confirmedPaidMinor: number,
  refunds: readonly Pick<Refund, "amountMinor" | "status">[],
): number {
  const given = sumExact(refunds.filter((r) => r.status !== "rejected").map((r) => r.amountMinor));
  const open = BigInt(confirmedPaidMinor) - given;
  return open > 0n ? Number(open) : 0;
}

/** One invoice's money as what is owed back on it reads it. */
export interface CreditedInvoice {
  totalMinor: number;
  confirmedPaidMinor: number;
  creditedMinor: number;
}

/**
 * What credit notes took off an invoice beyond what was open on it: money the client paid that
 * is owed back (see `creditableMinor`). Never below zero, never more than was paid.
 */
export function creditedBeyondOpenMinor(invoice: CreditedInvoice): number {
  const beyond =
    BigInt(invoice.creditedMinor) + BigInt(invoice.confirmedPaidMinor) - BigInt(invoice.totalMinor);
  if (beyond <= 0n) return 0;
  return Number(beyond < BigInt(invoice.confirmedPaidMinor) ? beyond : invoice.confirmedPaidMinor);
}

/** What the client paid on the engagement, and what of it is owed back or was paid back. */
export interface MoneyBack {
  /** Confirmed payments. */
  paidMinor: number;
  /** Each invoice's credit notes beyond what was open on it (`creditedBeyondOpenMinor`), summed. */
  creditedBeyondOpenMinor: number;
  /** Refunds agreed as amends in settled disputes. */
  agreedRefundsMinor: number;
  /** Refunds confirmed or awaiting the client's answer (a rejected one gave nothing back). */
  paidBackMinor: number;
}

/**
 * What may still be promised back to the client (a refund offered as amends, a credit note's
 * part beyond what is open): what it paid less what is already owed back (credit notes beyond
 * what was open, refunds agreed) or paid back. A refund paid back settles what was owed first,
 * so the two are not added: the larger counts (refunds beyond what was owed gave money back
 * for another reason, such as a retainer paid ahead). Never below zero. So the final
 * settlement's credit notes and agreed refunds together never owe back more than was paid.
 * Paying back is bounded by `openToRefundMinor` (paid less paid back): what is owed is what a
 * refund settles, so a credit note never stops its own refund.
 */
export function stillRefundableMinor(money: MoneyBack): number {
  const owedBack = BigInt(money.creditedBeyondOpenMinor) + BigInt(money.agreedRefundsMinor);
  const paidBack = BigInt(money.paidBackMinor);
  const open = BigInt(money.paidMinor) - (owedBack > paidBack ? owedBack : paidBack);
  return open > 0n ? Number(open) : 0;
}

export const REFUND_REFUSALS = [
  "refund_amount_not_whole_minor",
  "refund_amount_not_positive",
  "refund_currency_mismatch",
  "refund_exceeds_refundable",
] as const;
export type RefundRefusal = (typeof REFUND_REFUSALS)[number];

/**
 * Whether a refund of `amountMinor` may be recorded. Checked in this order: a whole positive
 * number of minor units, in the engagement's currency, no more than is open to refund
 * (`openToRefundMinor`), so nobody records more back than the client paid.
 */
export function checkRefund(
  amountMinor: number,
  currency: string,
  engagement: { currency: string; openMinor: number },
): { ok: true } | { ok: false; reason: RefundRefusal } {
  if (!Number.isSafeInteger(amountMinor)) {
    return { ok: false, reason: "refund_amount_not_whole_minor" };
  }
  if (amountMinor <= 0) return { ok: false, reason: "refund_amount_not_positive" };
  if (currency !== engagement.currency) return { ok: false, reason: "refund_currency_mismatch" };
  if (amountMinor > engagement.openMinor) return { ok: false, reason: "refund_exceeds_refundable" };
  return { ok: true };
}

/**
 * The client confirms or rejects a recorded refund, once: a confirmed refund is final (a mistake
 * is corrected by a new record), a rejected one stays rejected (record it again if it was an
 * error). Which side answers is the access rule's (`answerRefund`: the client).
 */
export function decideRefund(
  refund: Pick<Refund, "status">,
  decision: "confirm" | "reject",
): { ok: true; status: Exclude<RefundStatus, "recorded"> } | { ok: false } {
  if (refund.status !== "recorded") return { ok: false };
  return { ok: true, status: decision === "confirm" ? "confirmed" : "rejected" };
}

/**
 * The refund already on the engagement that a new one repeats, if any: the same amount paid
 * back on the same day with the same reference (compared by `isSameText`) is one refund, so a
 * double click or a retry cannot claim the same money twice. A rejected refund does not count
 * (recording it again is how a mistake is corrected); another amount, day or reference is
 * another refund.
 */
export function repeatedRefund<
  R extends Pick<Refund, "amountMinor" | "paidOn" | "reference" | "status">,
>(
  recorded: readonly R[],
  refund: Pick<Refund, "amountMinor" | "paidOn" | "reference">,
): R | undefined {
  return recorded.find(
    (earlier) =>
      earlier.status !== "rejected" &&
      earlier.amountMinor === refund.amountMinor &&
      earlier.paidOn === refund.paidOn &&
      isSameText(earlier.reference, refund.reference),
  );
}
