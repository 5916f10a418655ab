import { describe, expect, it } from "vitest";
import { checkRefund, decideRefund, openToRefundMinor, repeatedRefund } from "./refunds";

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
