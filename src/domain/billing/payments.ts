import type { Side } from "../engagement/engagement";
import type { InvoiceStatus } from "./invoice-status";
import { sumExact } from "./rounding";
import { isSameText } from "../same-text";

/**
 * A payment is recorded by one side (the client "I paid", or the provider "I received") and
 * confirmed or rejected by the other, so neither side alone decides that money moved.
 */
export const PAYMENT_STATUSES = ["recorded", "confirmed", "rejected"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export interface Payment {
  amountMinor: number;
  currency: string;
  /** ISO date the money was paid (value date), as the recording side states it. */
  paidOn: string;
  status: PaymentStatus;
  recordedBy: Side;
}

/** A correction that lowers what an issued invoice asks for; the invoice itself never changes. */
export interface CreditNote {
  amountMinor: number;
  /** ISO date of issue, so a view "as of" a past date leaves out later corrections. */
  issuedOn: string;
}

export interface PayableInvoice {
  currency: string;
  totalMinor: number;
  status: InvoiceStatus;
  payments: readonly Pick<Payment, "amountMinor" | "status">[];
  creditNotes: readonly Pick<CreditNote, "amountMinor">[];
}

function sumOf(
  payments: readonly Pick<Payment, "amountMinor" | "status">[],
  status: PaymentStatus,
): bigint {
  return sumExact(payments.filter((p) => p.status === status).map((p) => p.amountMinor));
}

/**
 * What the client still owes: total − credit notes − confirmed payments. Only confirmed
 * payments count: a payment one side recorded and the other has not confirmed is a claim, not
 * a settlement. Never below zero: money paid on what a credit note later took off a paid
 * invoice is owed back on the engagement, as a refund, not on the invoice.
 */
export function outstandingMinor(
  totalMinor: number,
  payments: readonly Pick<Payment, "amountMinor" | "status">[],
  creditNotes: readonly Pick<CreditNote, "amountMinor">[],
): number {
  const credited = sumExact(creditNotes.map((c) => c.amountMinor));
  const owed = BigInt(totalMinor) - credited - sumOf(payments, "confirmed");
  return owed > 0n ? Number(owed) : 0;
}

/**
 * What may still be recorded or credited: the outstanding amount less payments awaiting
 * confirmation. Counting unconfirmed payments here keeps the same money from being recorded
 * twice while the other side has not answered yet; a rejected payment frees its amount again.
 */
export function openToRecordMinor(invoice: Omit<PayableInvoice, "currency" | "status">): number {
  const outstanding = outstandingMinor(invoice.totalMinor, invoice.payments, invoice.creditNotes);
  return Number(BigInt(outstanding) - sumOf(invoice.payments, "recorded"));
}

/**
 * The status payments give an issued invoice: paid once nothing is outstanding (settled, by
 * payments and credit notes together), partly paid once a confirmed payment exists, issued
 * before. Only confirmed payments move it (see `outstandingMinor`).
 */
export function statusAfterPayments(
  totalMinor: number,
  payments: readonly Pick<Payment, "amountMinor" | "status">[],
  creditNotes: readonly Pick<CreditNote, "amountMinor">[],
): Extract<InvoiceStatus, "issued" | "partly_paid" | "paid"> {
  if (outstandingMinor(totalMinor, payments, creditNotes) <= 0) return "paid";
  return sumOf(payments, "confirmed") > 0n ? "partly_paid" : "issued";
}

export const PAYMENT_REFUSALS = [
  "invoice_not_payable",
  "payment_amount_not_whole_minor",
  "payment_amount_not_positive",
  "payment_currency_mismatch",
  "payment_exceeds_outstanding",
] as const;
export type PaymentRefusal = (typeof PAYMENT_REFUSALS)[number];

const OPEN_STATUSES: readonly InvoiceStatus[] = ["issued", "partly_paid"];

/**
 * Whether a payment of `amountMinor` may be recorded against the invoice. Checked in this
 * order: the invoice takes payments (issued or partly paid: not a draft, not void, not already
 * paid), the amount is a whole positive number of minor units, in the invoice's currency, and
 * no more than is open to record (`openToRecordMinor`), so nobody can over-pay.
 */
export function checkPayment(
  amountMinor: number,
  currency: string,
  invoice: PayableInvoice,
):
  { ok: true; openAfterMinor: number } | { ok: false; reason: PaymentRefusal; openMinor?: number } {
  if (!OPEN_STATUSES.includes(invoice.status)) return { ok: false, reason: "invoice_not_payable" };
  if (!Number.isSafeInteger(amountMinor)) {
    return { ok: false, reason: "payment_amount_not_whole_minor" };
  }
  if (amountMinor <= 0) return { ok: false, reason: "payment_amount_not_positive" };
  if (currency !== invoice.currency) return { ok: false, reason: "payment_currency_mismatch" };
  const open = openToRecordMinor(invoice);
  if (amountMinor > open) {
    return { ok: false, reason: "payment_exceeds_outstanding", openMinor: Math.max(0, open) };
  }
  return { ok: true, openAfterMinor: open - amountMinor };
}

export const CREDIT_NOTE_REFUSALS = [
  "invoice_not_creditable",
  "credit_note_amount_not_whole_minor",
  "credit_note_amount_not_positive",
  "credit_note_exceeds_outstanding",
  "credit_note_exceeds_refundable",
] as const;
export type CreditNoteRefusal = (typeof CREDIT_NOTE_REFUSALS)[number];

const CREDITABLE_STATUSES: readonly InvoiceStatus[] = [...OPEN_STATUSES, "paid"];

/**
 * Whether a credit note of `amountMinor` may be issued on the invoice, up to
 * `creditNoteLimitMinor`. Checked in this order: the invoice is issued (not a draft, not void),
 * the amount is a whole positive number of minor units, and no more than is creditable; when
 * what the invoice charged allows more than what may still be given back of the money the client
 * paid (`refundableMinor`, `stillRefundableMinor`), that is the refusal, since the same money
 * cannot be given back twice (by a refund agreed as amends, an earlier credit note, a refund).
 */
export function checkCreditNote(
  amountMinor: number,
  invoice: Omit<PayableInvoice, "currency">,
  refundableMinor: number,
):
  | { ok: true; openAfterMinor: number }
  | { ok: false; reason: CreditNoteRefusal; openMinor?: number } {
  if (!CREDITABLE_STATUSES.includes(invoice.status)) {
    return { ok: false, reason: "invoice_not_creditable" };
  }
  if (!Number.isSafeInteger(amountMinor)) {
    return { ok: false, reason: "credit_note_amount_not_whole_minor" };
  }
  if (amountMinor <= 0) return { ok: false, reason: "credit_note_amount_not_positive" };
  const creditable = creditableMinor(invoice);
  const limit = creditNoteLimitMinor({
    creditableMinor: creditable,
    openMinor: outstandingMinor(invoice.totalMinor, invoice.payments, invoice.creditNotes),
    refundableMinor,
  });
  if (amountMinor > limit) {
    const reason =
      limit < creditable ? "credit_note_exceeds_refundable" : "credit_note_exceeds_outstanding";
    return { ok: false, reason, openMinor: limit };
  }
  return { ok: true, openAfterMinor: Math.max(0, openToRecordMinor(invoice) - amountMinor) };
}

/**
 * The most a credit note may take off an invoice: what it charged less earlier credit notes
 * (`creditableMinor`), and of that, beyond what is still open on it (`outstandingMinor`: the
 * part that covers money paid, owed back), no more than may still be given back of what the
 * client paid (`stillRefundableMinor`). One rule for a credit note issued through billing and one
 * offered as amends, so neither gives back money a refund or another credit note already gives.
 */
export function creditNoteLimitMinor(limits: {
  creditableMinor: number;
  openMinor: number;
  refundableMinor: number;
}): number {
  const withinPaid = BigInt(limits.openMinor) + BigInt(Math.max(0, limits.refundableMinor));
  const limit = withinPaid < BigInt(limits.creditableMinor) ? withinPaid : limits.creditableMinor;
  return Number(limit);
}

/**
 * What a credit note may still lower on an issued invoice, paid or not: what it charged less
 * earlier credit notes. The part of a credit note that covers what is open lowers what is owed;
 * the part that covers money already paid is owed back on the engagement, settled by a refund
 * (the final settlement counts the credit note off, and `outstandingMinor` never goes below
 * zero), within what may still be given back (`creditNoteLimitMinor`). One rule whatever was
 * paid, so the last payment never widens what can be credited. Nothing on a draft or a void
 * invoice.
 */
export function creditableMinor(invoice: Omit<PayableInvoice, "currency">): number {
  if (!CREDITABLE_STATUSES.includes(invoice.status)) return 0;
  const credited = sumExact(invoice.creditNotes.map((c) => c.amountMinor));
  return Math.max(0, Number(BigInt(invoice.totalMinor) - credited));
}

export const PAYMENT_TRANSITION_REFUSALS = [
  "payment_already_decided",
  "payment_same_side",
] as const;
export type PaymentTransitionRefusal = (typeof PAYMENT_TRANSITION_REFUSALS)[number];

/**
 * The other side confirms or rejects a recorded payment, once. The side that recorded it cannot
 * confirm its own claim; a confirmed payment is final (a mistake is corrected by a new document,
 * not by un-confirming), and a rejected one stays rejected (record it again if it was an error).
 */
export function decidePayment(
  payment: Pick<Payment, "status" | "recordedBy">,
  decision: "confirm" | "reject",
  actor: Side,
): { ok: true; status: PaymentStatus } | { ok: false; reason: PaymentTransitionRefusal } {
  if (payment.status !== "recorded") return { ok: false, reason: "payment_already_decided" };
  if (actor === payment.recordedBy) return { ok: false, reason: "payment_same_side" };
  return { ok: true, status: decision === "confirm" ? "confirmed" : "rejected" };
}

/**
 * The credit note already on the invoice that a new one of `amountMinor` for `reason` repeats,
 * if any: the same amount for the same reason (compared by `isSameText`) is one credit note, so
 * a double click or a retry cannot lower the invoice twice, where each note is a numbered
 * document that is never withdrawn. Another amount or another reason is another credit note.
 */
export function repeatedCreditNote<C extends { amountMinor: number; reason: string }>(
  issued: readonly C[],
  note: { amountMinor: number; reason: string },
): C | undefined {
  return issued.find(
    (earlier) =>
      earlier.amountMinor === note.amountMinor && isSameText(earlier.reason, note.reason),
  );
}
