import { isInvoiceActionOpen } from "../../../domain/billing/invoice-status";
import { checkVoid } from "../../../domain/billing/invoice-void";
import { creditableMinor, openToRecordMinor } from "../../../domain/billing/payments";
import type { Invoice } from "../../shared/api/types";

/**
 * The billing rules the screens follow to offer only what the server will accept: the domain's
 * own functions, applied to invoices as the API presents them.
 */

/** Whether money can still move on the invoice: issued and not fully paid. */
export function isOpenInvoice(invoice: Pick<Invoice, "status">): boolean {
  return isInvoiceActionOpen(invoice.status, "record_partial_payment");
}

/** What may still be recorded: what is owed less payments awaiting an answer. */
export function openToRecord(
  invoice: Pick<Invoice, "totalMinor" | "payments" | "creditNotes">,
): number {
  return Math.max(0, openToRecordMinor(invoice));
}

/**
 * What a credit note may still take off an issued invoice: what it charged less earlier credit
 * notes (what of it was paid is then owed back). Nothing on a draft or a void invoice.
 */
export function creditable(
  invoice: Pick<Invoice, "status" | "totalMinor" | "payments" | "creditNotes">,
): number {
  return creditableMinor(invoice);
}

/**
 * Which words the credit-note form says beside its limit: on money already paid, what the note
 * takes off beyond what is still owed becomes money owed back to the client.
 */
export function creditNoteHint(
  invoice: Pick<Invoice, "status" | "paidMinor">,
): "invoices.credit.explain" | "invoices.credit.explainPaid" | "invoices.credit.explainPartlyPaid" {
  if (invoice.status === "paid") return "invoices.credit.explainPaid";
  return invoice.paidMinor > 0 ? "invoices.credit.explainPartlyPaid" : "invoices.credit.explain";
}

/**
 * Whether the provider may void the invoice at all: a draft, or an issued invoice with no
 * payment confirmed or awaiting an answer and no credit note. The reason is the form's to ask.
 */
export function isVoidable(invoice: Pick<Invoice, "status" | "payments" | "creditNotes">): boolean {
  const anyReason = "-";
  return checkVoid(
    {
      status: invoice.status,
      payments: invoice.payments,
      creditNoteCount: invoice.creditNotes.length,
    },
    anyReason,
  ).ok;
}

/** Today as the server counts days: the UTC calendar date. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Basis points as the fraction `FormattedNumber` shows as a percentage (display only). */
export function percentOf(basisPoints: number): number {
  return basisPoints / 10_000;
}
