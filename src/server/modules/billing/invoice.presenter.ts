import type { CreditNote, Invoice, Payment } from "../../../contracts/billing";
import { daysBetween } from "../../../domain/billing/calendar";
import { computeInvoiceTotals, type InvoiceLine } from "../../../domain/billing/invoice";
import { outstandingMinor } from "../../../domain/billing/payments";
import { sumExact } from "../../../domain/billing/rounding";
import type { MessageValue } from "../../../domain/findings";
import type { MessageKey } from "../../../i18n/messages/en";
import { type Unworded, type Wording, wording } from "../../platform/wording";
import { paymentAbilities, type BillingReader } from "./billing.policy";
import type { CreditNoteRow, PaymentRow } from "./payments.repository";
import type { InvoiceLineRow, InvoiceRow } from "./invoices.repository";
import type { ReminderRow } from "./reminders.repository";

export interface InvoiceRelated {
  lines: ReadonlyMap<string, InvoiceLineRow[]>;
  payments: ReadonlyMap<string, PaymentRow[]>;
  creditNotes: ReadonlyMap<string, CreditNoteRow[]>;
  reminders: ReadonlyMap<string, ReminderRow[]>;
}

export function presentPayment(row: PaymentRow, reader: BillingReader): Payment {
  return {
    id: row.id,
    invoiceId: row.invoice_id,
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    paidOn: row.paid_on,
    reference: row.reference,
    status: row.status,
    recordedSide: row.recorded_side,
    recordedBy: { id: row.recorded_by, name: row.recorded_by_name },
    recordedAt: row.recorded_at,
    decidedBy:
      row.decided_by && row.decided_by_name
        ? { id: row.decided_by, name: row.decided_by_name }
        : null,
    decidedAt: row.decided_at,
    abilities: paymentAbilities(reader, { status: row.status, recordedSide: row.recorded_side }),
  };
}

/** A credit note as a use-case answers it: a reason Accord wrote is said at the edge. */
export type CreditNoteView = Unworded<CreditNote, "reason">;

/** The reasons Accord writes on credit notes itself, each said in the reader's language. */
const CREDIT_NOTE_REASON_KEYS = [
  "creditNote.reason.amends",
] as const satisfies readonly MessageKey[];

/**
 * A credit note's reason: as typed, or, for one Accord wrote (amends), its key and values in
 * the reader's language; an unknown key falls back to the English text stored beside it.
 */
function creditNoteReason(row: CreditNoteRow): string | Wording {
  const key = CREDIT_NOTE_REASON_KEYS.find((known) => known === row.reason_key);
  if (!key) return row.reason;
  const values = row.reason_values
    ? (JSON.parse(row.reason_values) as Record<string, MessageValue>)
    : {};
  return wording(key, values);
}

export function presentCreditNote(row: CreditNoteRow): CreditNoteView {
  return {
    id: row.id,
    invoiceId: row.invoice_id,
    number: row.number,
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    reason: creditNoteReason(row),
    issuedOn: row.issued_on,
    createdAt: row.created_at,
  };
}

export function domainLine(row: InvoiceLineRow): InvoiceLine {
  return {
    description: row.description,
    quantityMilli: Number(row.quantity_milli),
    unitPriceMinor: Number(row.unit_price_minor),
    taxRateBasisPoints: Number(row.tax_rate_basis_points),
  };
}

/**
 * An invoice as both sides read it, with what the billing rules say of it on `today`: credited,
 * paid (confirmed payments only), awaiting confirmation, still owed, and whether it is overdue.
 * A draft or a void invoice owes nothing.
 */
export function presentInvoice(
  row: InvoiceRow,
  related: InvoiceRelated,
  today: string,
  reader: BillingReader,
): Unworded<Invoice, "reason"> {
  const lineRows = related.lines.get(row.id) ?? [];
  const payments = (related.payments.get(row.id) ?? []).map((payment) =>
    presentPayment(payment, reader),
  );
  const creditNotes = (related.creditNotes.get(row.id) ?? []).map(presentCreditNote);
  const total = Number(row.total_minor);
  const totals = computeInvoiceTotals(lineRows.map(domainLine), row.currency);
  const sumOf = (status: Payment["status"]) =>
    Number(sumExact(payments.filter((p) => p.status === status).map((p) => p.amountMinor)));
  const isOpen = row.status === "issued" || row.status === "partly_paid";
  const owed =
    row.status === "draft" || row.status === "void"
      ? 0
      : outstandingMinor(total, payments, creditNotes);
  const isOverdue = isOpen && row.due_date !== null && row.due_date < today && owed > 0;
  return {
    id: row.id,
    engagementId: row.engagement_id,
    number: row.number,
    status: row.status,
    source: { kind: row.source_kind, ref: row.source_ref },
    provider: { id: row.provider_org_id, name: row.provider_name },
    client: { id: row.client_org_id, name: row.client_name },
    currency: row.currency,
    lines: lineRows.map((line) => ({
      position: Number(line.position),
      ...domainLine(line),
      netMinor: Number(line.net_minor),
    })),
    taxGroups: totals.ok ? totals.totals.taxGroups : [],
    subtotalMinor: Number(row.subtotal_minor),
    taxMinor: Number(row.tax_minor),
    totalMinor: total,
    note: row.note,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    paymentTermsDays: row.payment_terms_days === null ? null : Number(row.payment_terms_days),
    isLateInterestAgreed: Number(row.is_late_interest_agreed) === 1,
    voidReason: row.void_reason,
    creditedMinor: Number(sumExact(creditNotes.map((c) => c.amountMinor))),
    paidMinor: sumOf("confirmed"),
    awaitingConfirmationMinor: sumOf("recorded"),
    outstandingMinor: owed,
    isOverdue,
    daysPastDue: isOverdue && row.due_date ? daysBetween(row.due_date, today) : 0,
    payments,
    creditNotes,
    reminders: (related.reminders.get(row.id) ?? []).map((r) => ({
      offsetDays: Number(r.offset_days),
      dueOn: r.due_on,
      status: r.status,
      reason: r.reason,
      sentAt: r.sent_at,
    })),
    findings: [],
    createdAt: row.created_at,
    issuedAt: row.issued_at,
    voidedAt: row.voided_at,
  };
}
