import { describe, expect, it } from "vitest";
import { basisPointsOfPercent } from "./rate-text";

describe("a rate written as a percentage", () => {
  it("reads exactly in basis points", () => {
    expect(basisPointsOfPercent("2.15")).toBe(215);
    expect(basisPointsOfPercent("2.1")).toBe(210);
    expect(basisPointsOfPercent("4")).toBe(400);
    expect(basisPointsOfPercent("0")).toBe(0);
    expect(basisPointsOfPercent("-0.5")).toBe(-50);
    expect(basisPointsOfPercent("-0")).toBe(0);
  });

  it("refuses anything else", () => {
    for (const bad of ["2.155", "2,15", "abc", "", "101", "1e2", "2.15%"]) {
      expect(basisPointsOfPercent(bad), bad).toBeNull();
    }
  });
});
