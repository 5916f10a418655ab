import { describe, expect, it } from "vitest";
import {
  INVOICE_ACTIONS,
  INVOICE_STATUSES,
  transitionInvoice,
  type InvoiceAction,
  type InvoiceCommand,
  type InvoiceStatus,
} from "./invoice-status";

const commandOf = (action: InvoiceAction): InvoiceCommand =>
  action === "void" ? { action, reason: "Sent to the wrong client" } : { action };

/** Every legal move, written out by hand: anything not here must be refused. */
const LEGAL: Record<string, InvoiceStatus> = {
  "draft:edit": "draft",
  "draft:issue": "issued",
  "draft:void": "void",
  "issued:record_partial_payment": "partly_paid",
  "issued:settle": "paid",
  "issued:void": "void",
  "partly_paid:record_partial_payment": "partly_paid",
  "partly_paid:settle": "paid",
};

describe("invoice status", () => {
  it("allows exactly the legal moves", () => {
    for (const status of INVOICE_STATUSES) {
      for (const action of INVOICE_ACTIONS) {
        const result = transitionInvoice(status, commandOf(action));
        const expected = LEGAL[`${status}:${action}`];
        expect(result.ok ? result.status : null, `${status} → ${action}`).toBe(expected ?? null);
      }
    }
  });

  it("refuses every illegal move with a reason", () => {
    let refused = 0;
    for (const status of INVOICE_STATUSES) {
      for (const action of INVOICE_ACTIONS) {
        if (LEGAL[`${status}:${action}`]) continue;
        const result = transitionInvoice(status, commandOf(action));
        expect(result.ok, `${status} → ${action}`).toBe(false);
        if (!result.ok) expect(result.reason).toMatch(/^invoice_/);
        refused += 1;
      }
    }
    expect(refused).toBe(INVOICE_STATUSES.length * INVOICE_ACTIONS.length - 8);
  });

  it("points to a credit note when someone tries to void an invoice with payments", () => {
    for (const status of ["partly_paid", "paid"] as const) {
      expect(transitionInvoice(status, { action: "void", reason: "Wrong amount" })).toEqual({
        ok: false,
        reason: "invoice_void_after_payment",
      });
    }
    expect(transitionInvoice("void", { action: "void", reason: "Again" })).toEqual({
      ok: false,
      reason: "invoice_wrong_state",
    });
  });

  it("needs a reason to void, and keeps it trimmed", () => {
    expect(transitionInvoice("issued", { action: "void", reason: "   " })).toEqual({
      ok: false,
      reason: "invoice_void_reason_missing",
    });
    expect(transitionInvoice("issued", { action: "void", reason: " Duplicate " })).toEqual({
      ok: true,
      status: "void",
      voidReason: "Duplicate",
    });
  });

  it("never edits or re-issues an issued invoice", () => {
    for (const status of INVOICE_STATUSES.filter((s) => s !== "draft")) {
      expect(transitionInvoice(status, { action: "edit" }).ok).toBe(false);
      expect(transitionInvoice(status, { action: "issue" }).ok).toBe(false);
    }
  });
});
