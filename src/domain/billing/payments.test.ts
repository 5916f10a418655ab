import { describe, expect, it } from "vitest";
import {
  checkCreditNote,
  creditNoteLimitMinor,
  checkPayment,
  creditableMinor,
  decidePayment,
  openToRecordMinor,
  outstandingMinor,
  statusAfterPayments,
  type PayableInvoice,
  type PaymentStatus,
  repeatedCreditNote,
} from "./payments";

const paid = (amountMinor: number, status: PaymentStatus = "confirmed") => ({
  amountMinor,
  status,
});

const invoice = (overrides: Partial<PayableInvoice> = {}): PayableInvoice => ({
  currency: "EUR",
  totalMinor: 10_000,
  status: "issued",
  payments: [],
  creditNotes: [],
  ...overrides,
});

describe("outstanding amount", () => {
  it("counts only confirmed payments and credit notes against the total", () => {
    const payments = [paid(3000), paid(2000, "recorded"), paid(1000, "rejected")];
    expect(outstandingMinor(10_000, payments, [{ amountMinor: 500 }])).toBe(6500);
  });

  it("keeps payments awaiting confirmation out of what may still be recorded", () => {
    const payments = [paid(3000), paid(2000, "recorded"), paid(1000, "rejected")];
    expect(
      openToRecordMinor({ totalMinor: 10_000, payments, creditNotes: [{ amountMinor: 500 }] }),
    ).toBe(4500);
  });
});

describe("status after payments", () => {
  it("moves from issued to partly paid to paid on confirmed payments only", () => {
    expect(statusAfterPayments(10_000, [], [])).toBe("issued");
    expect(statusAfterPayments(10_000, [paid(10_000, "recorded")], [])).toBe("issued");
    expect(statusAfterPayments(10_000, [paid(10_000, "rejected")], [])).toBe("issued");
    expect(statusAfterPayments(10_000, [paid(1)], [])).toBe("partly_paid");
    expect(statusAfterPayments(10_000, [paid(9999), paid(1, "recorded")], [])).toBe("partly_paid");
    expect(statusAfterPayments(10_000, [paid(4000), paid(6000)], [])).toBe("paid");
  });

  it("counts an invoice settled by payments and a credit note as paid", () => {
    expect(statusAfterPayments(10_000, [paid(7000)], [{ amountMinor: 3000 }])).toBe("paid");
  });
});

describe("recording a payment", () => {
  it("accepts a whole positive amount up to what is open", () => {
    expect(checkPayment(4000, "EUR", invoice({ payments: [paid(6000)] }))).toEqual({
      ok: true,
      openAfterMinor: 0,
    });
    expect(checkPayment(1, "EUR", invoice())).toEqual({ ok: true, openAfterMinor: 9999 });
  });

  it("refuses zero, negative, fractional and unsafe amounts", () => {
    for (const amount of [0, -1, -10_000]) {
      expect(checkPayment(amount, "EUR", invoice())).toMatchObject({
        reason: "payment_amount_not_positive",
      });
    }
    for (const amount of [19.99, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(checkPayment(amount, "EUR", invoice())).toMatchObject({
        reason: "payment_amount_not_whole_minor",
      });
    }
  });

  it("refuses a payment in another currency than the invoice's", () => {
    expect(checkPayment(100, "USD", invoice())).toEqual({
      ok: false,
      reason: "payment_currency_mismatch",
    });
  });

  it("refuses to over-pay, counting payments still awaiting confirmation", () => {
    const pending = invoice({ payments: [paid(6000, "recorded")] });
    expect(checkPayment(5000, "EUR", pending)).toEqual({
      ok: false,
      reason: "payment_exceeds_outstanding",
      openMinor: 4000,
    });
    expect(checkPayment(4000, "EUR", pending)).toMatchObject({ ok: true });
    // Once the other side rejects it, the amount is open again.
    const rejected = invoice({ payments: [paid(6000, "rejected")] });
    expect(checkPayment(5000, "EUR", rejected)).toMatchObject({ ok: true });
    expect(checkPayment(10_001, "EUR", invoice())).toMatchObject({
      reason: "payment_exceeds_outstanding",
      openMinor: 10_000,
    });
  });

  it("takes payments only on issued or partly paid invoices", () => {
    for (const status of ["draft", "void", "paid"] as const) {
      expect(checkPayment(100, "EUR", invoice({ status }))).toEqual({
        ok: false,
        reason: "invoice_not_payable",
      });
    }
    expect(checkPayment(100, "EUR", invoice({ status: "partly_paid" })).ok).toBe(true);
  });
});

describe("credit notes", () => {
  it("lower what the invoice charged less earlier credit notes, whatever was paid", () => {
    // 10,000 charged; 7,000 confirmed and 1,000 awaiting an answer: 2,000 open, and a credit
    // note may take up to 9,000 (the rest of it, on money paid, is owed back).
    const partly = invoice({
      status: "partly_paid",
      payments: [paid(7000), paid(1000, "recorded")],
      creditNotes: [{ amountMinor: 1000 }],
    });
    expect(creditableMinor(partly)).toBe(9000);
    expect(checkCreditNote(1000, partly, 7000)).toEqual({ ok: true, openAfterMinor: 0 });
    expect(checkCreditNote(9000, partly, 7000)).toEqual({ ok: true, openAfterMinor: 0 });
    expect(checkCreditNote(9001, partly, 7000)).toEqual({
      ok: false,
      reason: "credit_note_exceeds_outstanding",
      openMinor: 9000,
    });
    // Paying what was open does not widen what can be credited (until 4 December 2026 it went
    // from what was open to the whole total).
    const settled = invoice({ ...partly, status: "paid", payments: [paid(9000)] });
    expect(creditableMinor(settled)).toBe(creditableMinor(partly));
    expect(checkCreditNote(0, partly, 7000)).toMatchObject({
      reason: "credit_note_amount_not_positive",
    });
    expect(checkCreditNote(0.5, partly, 7000)).toMatchObject({
      reason: "credit_note_amount_not_whole_minor",
    });
    for (const status of ["draft", "void"] as const) {
      expect(checkCreditNote(100, invoice({ status }), 0)).toMatchObject({
        reason: "invoice_not_creditable",
      });
      expect(creditableMinor(invoice({ status }))).toBe(0);
    }
  });

  it("may credit a paid invoice up to what it charged less earlier credit notes, owed back", () => {
    const settled = invoice({
      status: "paid",
      payments: [paid(9000)],
      creditNotes: [{ amountMinor: 1000 }],
    });
    expect(creditableMinor(settled)).toBe(9000);
    expect(checkCreditNote(9000, settled, 9000)).toEqual({ ok: true, openAfterMinor: 0 });
    expect(checkCreditNote(9001, settled, 9000)).toEqual({
      ok: false,
      reason: "credit_note_exceeds_outstanding",
      openMinor: 9000,
    });
  });
});

describe("a credit note within what may still be given back", () => {
  // 10,000 charged, 6,000 paid: 4,000 open; 2,500 of the 6,000 paid already given back.
  const partly = invoice({ status: "partly_paid", payments: [paid(6000)] });

  it("takes off what is open, and beyond it only what is left of the money paid", () => {
    expect(checkCreditNote(7500, partly, 3500)).toEqual({ ok: true, openAfterMinor: 0 });
    expect(checkCreditNote(7501, partly, 3500)).toEqual({
      ok: false,
      reason: "credit_note_exceeds_refundable",
      openMinor: 7500,
    });
    // Everything paid given back already: only what is open may still be credited.
    expect(checkCreditNote(4001, partly, 0)).toMatchObject({ openMinor: 4000 });
  });

  it("is refused for what the invoice charged when that is the tighter limit", () => {
    expect(checkCreditNote(10_001, partly, 6000)).toEqual({
      ok: false,
      reason: "credit_note_exceeds_outstanding",
      openMinor: 10_000,
    });
    expect(
      creditNoteLimitMinor({ creditableMinor: 10_000, openMinor: 4000, refundableMinor: 6000 }),
    ).toBe(10_000);
    expect(
      creditNoteLimitMinor({ creditableMinor: 10_000, openMinor: 4000, refundableMinor: -5 }),
    ).toBe(4000);
  });
});

describe("confirming a payment", () => {
  it("belongs to the side that did not record it", () => {
    const recorded = { status: "recorded" as const, recordedBy: "client" as const };
    expect(decidePayment(recorded, "confirm", "provider")).toEqual({
      ok: true,
      status: "confirmed",
    });
    expect(decidePayment(recorded, "reject", "provider")).toEqual({
      ok: true,
      status: "rejected",
    });
    expect(decidePayment(recorded, "confirm", "client")).toEqual({
      ok: false,
      reason: "payment_same_side",
    });
  });

  it("happens once", () => {
    for (const status of ["confirmed", "rejected"] as const) {
      for (const decision of ["confirm", "reject"] as const) {
        expect(decidePayment({ status, recordedBy: "provider" }, decision, "client")).toEqual({
          ok: false,
          reason: "payment_already_decided",
        });
      }
    }
  });
});

describe("a credit note issued again", () => {
  const issued = [{ number: "CN-0001", amountMinor: 50_000, reason: "Late delivery" }];

  it("repeats the one of the same amount for the same reason, whatever its case and spacing", () => {
    expect(repeatedCreditNote(issued, { amountMinor: 50_000, reason: " late DELIVERY" })).toBe(
      issued[0],
    );
  });

  it("is a new one for another amount or another reason", () => {
    expect(
      repeatedCreditNote(issued, { amountMinor: 10_000, reason: "Late delivery" }),
    ).toBeUndefined();
    expect(
      repeatedCreditNote(issued, { amountMinor: 50_000, reason: "Missing files" }),
    ).toBeUndefined();
  });
});
