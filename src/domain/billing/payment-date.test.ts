import { describe, expect, it } from "vitest";
import { isPaymentDateAcceptable } from "./payment-date";

describe("the date of a payment", () => {
  it("may be today or any past day, never a later one", () => {
    expect(isPaymentDateAcceptable("2026-11-22", "2026-11-22")).toBe(true);
    expect(isPaymentDateAcceptable("2025-01-31", "2026-11-22")).toBe(true);
    expect(isPaymentDateAcceptable("2026-11-23", "2026-11-22")).toBe(false);
  });
});
