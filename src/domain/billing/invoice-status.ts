export const INVOICE_STATUSES = ["draft", "issued", "partly_paid", "paid", "void"] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const INVOICE_ACTIONS = [
  "edit",
  "issue",
  "record_partial_payment",
  "settle",
  "void",
] as const;
export type InvoiceAction = (typeof INVOICE_ACTIONS)[number];

/**
 * The states from which each action may start; any other state refuses it. Only a draft is
 * edited or issued: an issued invoice is a legal document and stays as issued. Payments move an
 * issued invoice to partly paid or paid. Voiding is for a draft or an issued invoice nobody has
 * paid anything on; once money has moved, a correction is a credit note, so the record of what
 * was invoiced and paid is never rewritten.
 */
export const INVOICE_ACTION_STATES = {
  edit: ["draft"],
  issue: ["draft"],
  record_partial_payment: ["issued", "partly_paid"],
  settle: ["issued", "partly_paid"],
  void: ["draft", "issued"],
} as const satisfies Record<InvoiceAction, readonly InvoiceStatus[]>;

const NEXT_STATUS: Record<InvoiceAction, InvoiceStatus | "unchanged"> = {
  edit: "unchanged",
  issue: "issued",
  record_partial_payment: "partly_paid",
  settle: "paid",
  void: "void",
};

export type InvoiceCommand =
  | { action: Exclude<InvoiceAction, "void"> }
  /** The reason is shown to the other side and kept in the engagement's history. */
  | { action: "void"; reason: string };

export const INVOICE_TRANSITION_REFUSALS = [
  "invoice_wrong_state",
  "invoice_void_after_payment",
  "invoice_void_reason_missing",
] as const;
export type InvoiceTransitionRefusal = (typeof INVOICE_TRANSITION_REFUSALS)[number];

export function isInvoiceActionOpen(status: InvoiceStatus, action: InvoiceAction): boolean {
  return (INVOICE_ACTION_STATES[action] as readonly InvoiceStatus[]).includes(status);
}

/**
 * The status after the command, or why it is refused. Voiding a partly paid or paid invoice
 * has its own reason, so the UI can point to a credit note instead of a bare "not allowed".
 */
export function transitionInvoice(
  status: InvoiceStatus,
  command: InvoiceCommand,
):
  | { ok: true; status: InvoiceStatus; voidReason?: string }
  | { ok: false; reason: InvoiceTransitionRefusal } {
  if (!isInvoiceActionOpen(status, command.action)) {
    const hasPayments = status === "partly_paid" || status === "paid";
    return {
      ok: false,
      reason:
        command.action === "void" && hasPayments
          ? "invoice_void_after_payment"
          : "invoice_wrong_state",
    };
  }
  if (command.action === "void") {
    const reason = command.reason.trim();
    if (reason === "") return { ok: false, reason: "invoice_void_reason_missing" };
    return { ok: true, status: "void", voidReason: reason };
  }
  const next = NEXT_STATUS[command.action];
  return { ok: true, status: next === "unchanged" ? status : next };
}
