import { describe, expect, it } from "vitest";
import { checkPaymentDate } from "./payment-date";

describe("the date of a payment", () => {
  const bounds = { engagementBeganOn: "2025-01-10", today: "2026-11-22" };

  it("may be today or any day since the engagement began, never a later one", () => {
    expect(checkPaymentDate("2026-11-22", bounds)).toBeNull();
    expect(checkPaymentDate("2025-01-31", bounds)).toBeNull();
    expect(checkPaymentDate("2025-01-10", bounds)).toBeNull();
    expect(checkPaymentDate("2026-11-23", bounds)).toEqual({
      reason: "paid_on_in_future",
      limit: "2026-11-22",
    });
  });

  it("is never before the engagement began, naming that day", () => {
    for (const paidOn of ["2025-01-09", "1900-01-01", "0001-01-01"]) {
      expect(checkPaymentDate(paidOn, bounds), paidOn).toEqual({
        reason: "paid_on_before_engagement",
        limit: "2025-01-10",
      });
    }
  });
});
