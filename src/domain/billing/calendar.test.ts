import { describe, expect, it } from "vitest";
import { addDays, daysBetween, daysInYear, isIsoDate } from "./calendar";
import { divideRoundingHalfUp } from "./rounding";

describe("calendar", () => {
  it("knows which 29 Februaries exist", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2026-04-31")).toBe(false);
    expect(isIsoDate("2026-4-30")).toBe(false);
  });

  it("counts days across leap days and year ends", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2027-02-28", "2027-03-01")).toBe(1);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2026-05-31", "2026-04-01")).toBe(-60);
    expect([2026, 2028, 2100, 2000].map(daysInYear)).toEqual([365, 366, 365, 366]);
  });

  it("does not read years before 100 as twentieth-century years", () => {
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
  });
});

describe("rounding", () => {
  it("rounds halves away from zero and the rest to the nearest", () => {
    expect([5n, 7n, -5n, -7n, 4n, -4n].map((n) => divideRoundingHalfUp(n, 2n))).toEqual([
      3n,
      4n,
      -3n,
      -4n,
      2n,
      -2n,
    ]);
    expect(divideRoundingHalfUp(4n, 3n)).toBe(1n);
    expect(divideRoundingHalfUp(5n, 3n)).toBe(2n);
    expect(divideRoundingHalfUp(-5n, 3n)).toBe(-2n);
    expect(() => divideRoundingHalfUp(1n, 0n)).toThrow(RangeError);
  });
});
