import { describe, expect, it } from "vitest";
import { REFUND_AMOUNT_PARAM, refundAmountOf } from "./refund-amount-param";

describe("the refund amount a link carries to the refund form", () => {
  it("reads a positive whole number of minor units", () => {
    expect(refundAmountOf(`?${REFUND_AMOUNT_PARAM}=36000`)).toBe(36_000);
    expect(refundAmountOf(`?tab=1&${REFUND_AMOUNT_PARAM}=1`)).toBe(1);
  });

  it("carries nothing that is not one, so the form starts blank", () => {
    for (const search of ["", "?refund=", "?refund=0", "?refund=-5", "?refund=12.5", "?refund=1e9"])
      expect(refundAmountOf(search), search).toBeNull();
    expect(refundAmountOf("?refund=9999999999999999")).toBeNull();
  });
});
