import { describe, expect, it } from "vitest";
import {
  checkRefund,
  creditedBeyondOpenMinor,
  decideRefund,
  openToRefundMinor,
  repeatedRefund,
  stillRefundableMinor,
} from "./refunds";

describe("what is open to refund", () => {
  it("is what the client paid less refunds confirmed or awaiting an answer; a rejected one frees its amount", () => {
    const refunds = [
      { amountMinor: 3_000, status: "confirmed" as const },
      { amountMinor: 2_000, status: "recorded" as const },
      { amountMinor: 4_000, status: "rejected" as const },
    ];
    expect(openToRefundMinor(10_000, refunds)).toBe(5_000);
  });

  it("never goes below zero", () => {
    expect(openToRefundMinor(1_000, [{ amountMinor: 3_000, status: "confirmed" }])).toBe(0);
  });
});

describe("recording a refund", () => {
  const engagement = { currency: "EUR", openMinor: 5_000 };

  it("takes a whole positive amount in the engagement's currency up to what is open", () => {
    expect(checkRefund(5_000, "EUR", engagement)).toEqual({ ok: true });
    expect(checkRefund(5_001, "EUR", engagement)).toEqual({
      ok: false,
      reason: "refund_exceeds_refundable",
    });
    expect(checkRefund(0, "EUR", engagement)).toEqual({
      ok: false,
      reason: "refund_amount_not_positive",
    });
    expect(checkRefund(-1, "EUR", engagement)).toEqual({
      ok: false,
      reason: "refund_amount_not_positive",
    });
    expect(checkRefund(10.5, "EUR", engagement)).toEqual({
      ok: false,
      reason: "refund_amount_not_whole_minor",
    });
    expect(checkRefund(100, "USD", engagement)).toEqual({
      ok: false,
      reason: "refund_currency_mismatch",
    });
  });

  it("is answered once: confirmed or rejected, then final", () => {
    expect(decideRefund({ status: "recorded" }, "confirm")).toEqual({
      ok: true,
      status: "confirmed",
    });
    expect(decideRefund({ status: "recorded" }, "reject")).toEqual({
      ok: true,
      status: "rejected",
    });
    expect(decideRefund({ status: "confirmed" }, "reject")).toEqual({ ok: false });
    expect(decideRefund({ status: "rejected" }, "confirm")).toEqual({ ok: false });
  });

  it("finds the same refund typed again, but not a rejected one or another day", () => {
    const earlier = {
      amountMinor: 1_000,
      paidOn: "2026-11-20",
      reference: "SEPA 77",
      status: "recorded" as const,
    };
    const again = { amountMinor: 1_000, paidOn: "2026-11-20", reference: " sepa 77 " };
    expect(repeatedRefund([earlier], again)).toBe(earlier);
    expect(repeatedRefund([{ ...earlier, status: "rejected" }], again)).toBeUndefined();
    expect(repeatedRefund([earlier], { ...again, paidOn: "2026-11-21" })).toBeUndefined();
    expect(repeatedRefund([earlier], { ...again, amountMinor: 999 })).toBeUndefined();
  });
});

describe("what may still be promised back", () => {
  it("is a credit note's part beyond what was open on its invoice, at most what was paid", () => {
    // 4,800.00 invoiced, 4,790.00 paid: crediting all of it owes 4,790.00 back.
    const invoice = { totalMinor: 480_000, confirmedPaidMinor: 479_000 };
    expect(creditedBeyondOpenMinor({ ...invoice, creditedMinor: 480_000 })).toBe(479_000);
    expect(creditedBeyondOpenMinor({ ...invoice, creditedMinor: 1_000 })).toBe(0);
    expect(creditedBeyondOpenMinor({ ...invoice, creditedMinor: 1_001 })).toBe(1);
    expect(creditedBeyondOpenMinor({ ...invoice, creditedMinor: 900_000 })).toBe(479_000);
  });

  it("takes what is owed back or paid back off what was paid, a refund settling what is owed first", () => {
    const money = { paidMinor: 479_000, creditedBeyondOpenMinor: 0, agreedRefundsMinor: 0 };
    expect(stillRefundableMinor({ ...money, paidBackMinor: 0 })).toBe(479_000);
    // The review's case: a credit note over everything paid leaves nothing to refund as well.
    expect(
      stillRefundableMinor({ ...money, creditedBeyondOpenMinor: 479_000, paidBackMinor: 0 }),
    ).toBe(0);
    // A refund agreed, then paid back: counted once.
    expect(
      stillRefundableMinor({ ...money, agreedRefundsMinor: 100_000, paidBackMinor: 100_000 }),
    ).toBe(379_000);
    // Paid back beyond what was owed (a retainer paid ahead): what was given back counts.
    expect(
      stillRefundableMinor({ ...money, agreedRefundsMinor: 100_000, paidBackMinor: 150_000 }),
    ).toBe(329_000);
    expect(
      stillRefundableMinor({
        paidMinor: 1_000,
        creditedBeyondOpenMinor: 800,
        agreedRefundsMinor: 800,
        paidBackMinor: 0,
      }),
    ).toBe(0);
  });
});
