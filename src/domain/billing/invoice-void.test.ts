import { describe, expect, it } from "vitest";
import { checkVoid, isRepeatedDecision } from "./invoice-void";

describe("voiding an invoice", () => {
  it("voids a draft or an unpaid issued invoice, with its reason trimmed", () => {
    for (const status of ["draft", "issued"] as const) {
      expect(checkVoid({ status, payments: [], creditNoteCount: 0 }, "  Wrong client  ")).toEqual({
        ok: true,
        reason: "Wrong client",
      });
    }
  });

  it("keeps the state machine's refusals", () => {
    expect(checkVoid({ status: "partly_paid", payments: [], creditNoteCount: 0 }, "x")).toEqual({
      ok: false,
      reason: "invoice_void_after_payment",
    });
    expect(checkVoid({ status: "issued", payments: [], creditNoteCount: 0 }, " ")).toEqual({
      ok: false,
      reason: "invoice_void_reason_missing",
    });
  });

  it("waits for a payment awaiting an answer, and leaves corrected invoices to credit notes", () => {
    expect(
      checkVoid({ status: "issued", payments: [{ status: "recorded" }], creditNoteCount: 0 }, "x"),
    ).toEqual({ ok: false, reason: "invoice_payment_awaiting_answer" });
    expect(
      checkVoid({ status: "issued", payments: [{ status: "rejected" }], creditNoteCount: 0 }, "x"),
    ).toEqual({ ok: true, reason: "x" });
    expect(checkVoid({ status: "issued", payments: [], creditNoteCount: 1 }, "x")).toEqual({
      ok: false,
      reason: "invoice_void_after_credit_note",
    });
  });
});

describe("a repeated payment decision", () => {
  it("is the same decision again, not the opposite one", () => {
    expect(isRepeatedDecision("confirmed", "confirm")).toBe(true);
    expect(isRepeatedDecision("rejected", "reject")).toBe(true);
    expect(isRepeatedDecision("confirmed", "reject")).toBe(false);
    expect(isRepeatedDecision("recorded", "confirm")).toBe(false);
  });
});
