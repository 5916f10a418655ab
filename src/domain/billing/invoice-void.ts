import {
  transitionInvoice,
  type InvoiceStatus,
  type InvoiceTransitionRefusal,
} from "./invoice-status";
import type { PaymentStatus } from "./payments";

export const VOID_REFUSALS = [
  "invoice_payment_awaiting_answer",
  "invoice_void_after_credit_note",
] as const;
export type VoidRefusal = InvoiceTransitionRefusal | (typeof VOID_REFUSALS)[number];

/**
 * Whether an invoice may be voided, with the reason as the other side will read it. Beyond the
 * state machine (`transitionInvoice`: a draft, or an issued invoice with no confirmed payment):
 * a payment still awaiting an answer must be answered first, since voiding would leave a claim
 * that money moved with nothing to settle; and an invoice already corrected by a credit note
 * is corrected further by credit notes, so its record stays one story.
 */
export function checkVoid(
  invoice: {
    status: InvoiceStatus;
    payments: readonly { status: PaymentStatus }[];
    creditNoteCount: number;
  },
  reason: string,
): { ok: true; reason: string } | { ok: false; reason: VoidRefusal } {
  const moved = transitionInvoice(invoice.status, { action: "void", reason });
  if (!moved.ok) return moved;
  if (invoice.payments.some((p) => p.status === "recorded")) {
    return { ok: false, reason: "invoice_payment_awaiting_answer" };
  }
  if (invoice.creditNoteCount > 0) return { ok: false, reason: "invoice_void_after_credit_note" };
  return { ok: true, reason: moved.voidReason ?? reason.trim() };
}

/**
 * Whether a confirm or reject repeats the decision already taken: a retried request then
 * answers the payment as it stands instead of refusing, so every payment write is idempotent.
 */
export function isRepeatedDecision(status: PaymentStatus, decision: "confirm" | "reject"): boolean {
  return status === (decision === "confirm" ? "confirmed" : "rejected");
}
