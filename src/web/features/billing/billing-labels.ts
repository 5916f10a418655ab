import type { AgeingBucket, Invoice, InvoiceStatus, PaymentStatus } from "../../shared/api/types";
import type { AppMessageKey } from "../../shared/i18n/messages";

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, AppMessageKey> = {
  draft: "invoices.status.draft",
  issued: "invoices.status.issued",
  partly_paid: "invoices.status.partlyPaid",
  paid: "invoices.status.paid",
  void: "invoices.status.void",
};

export const PAYMENT_STATUS_LABELS: Record<PaymentStatus, AppMessageKey> = {
  recorded: "invoices.payment.status.recorded",
  confirmed: "invoices.payment.status.confirmed",
  rejected: "invoices.payment.status.rejected",
};

/** The sources a provider drafts from; late-interest invoices come from an invoice's page. */
export const NEW_INVOICE_SOURCES = ["milestone", "change_request", "retainer", "manual"] as const;
export type NewInvoiceSource = (typeof NEW_INVOICE_SOURCES)[number];

export const NEW_INVOICE_SOURCE_LABELS: Record<NewInvoiceSource, AppMessageKey> = {
  milestone: "invoices.new.source.milestone",
  change_request: "invoices.new.source.changeRequest",
  retainer: "invoices.new.source.retainer",
  manual: "invoices.new.source.manual",
};

export const AGEING_BUCKET_LABELS: Record<AgeingBucket, AppMessageKey> = {
  current: "paymentRecord.ageing.current",
  days_1_15: "paymentRecord.ageing.days_1_15",
  days_16_30: "paymentRecord.ageing.days_16_30",
  days_31_60: "paymentRecord.ageing.days_31_60",
  over_60: "paymentRecord.ageing.over_60",
};

export const REMINDER_STATUS_LABELS: Record<Invoice["reminders"][number]["status"], AppMessageKey> =
  {
    pending: "invoices.reminders.status.pending",
    sent: "invoices.reminders.status.sent",
    skipped: "invoices.reminders.status.skipped",
    cancelled: "invoices.reminders.status.cancelled",
  };

/** Why a reminder was not sent, said instead of its bare status when the server knows. */
export const REMINDER_REASON_LABELS: Record<
  NonNullable<Invoice["reminders"][number]["reason"]>,
  AppMessageKey
> = {
  superseded: "invoices.reminders.reason.superseded",
  paid: "invoices.reminders.reason.paid",
  credited: "invoices.reminders.reason.credited",
  void: "invoices.reminders.reason.void",
  awaiting_confirmation: "invoices.reminders.reason.awaiting_confirmation",
};
