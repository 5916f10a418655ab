import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dateOf,
  businessDaysBetween,
  daysPastDue,
  engagementWeight,
  median,
  normalise,
  percentileOf,
  smoothRate,
  wilsonLowerBound,
} from "./mechanics";

describe("health mechanics", () => {
  it("normalises between floor and target and clamps outside", () => {
    // (0.8 − 0.7) / (0.95 − 0.7) = 0.4
    expect(normalise(0.8, 0.7, 0.95)).toBeCloseTo(40, 10);
    expect(normalise(0.69, 0.7, 0.95)).toBe(0);
    expect(normalise(0.96, 0.7, 0.95)).toBe(100);
    // A falling scale: 15 days on 30 → 0 is halfway.
    expect(normalise(15, 30, 0)).toBeCloseTo(50, 10);
  });

  it("smooths a small sample toward the cohort mean with m = 5", () => {
    // (3 + 5 × 0.85) / (4 + 5) = 7.25 / 9
    expect(smoothRate(3, 4, 0.85)).toBeCloseTo(0.805556, 6);
    expect(smoothRate(0, 0, 0.85)).toBeCloseTo(0.85, 10);
  });

  it("ranks with the Wilson lower bound at z = 1.96", () => {
    // p = 0.8, n = 10: (0.99208 − 0.313623) / 1.38416
    expect(wilsonLowerBound(8, 10)).toBeCloseTo(0.4902, 4);
    expect(wilsonLowerBound(0, 0)).toBe(0);
  });

  it("halves an engagement's weight every 180 days and drops it after 730", () => {
    expect(engagementWeight(0, Math.E - 1)).toBeCloseTo(1, 10);
    // 2^(−1) × ln(1000)
    expect(engagementWeight(180, 999)).toBeCloseTo(3.453878, 6);
    expect(engagementWeight(730, 999)).toBeGreaterThan(0);
    expect(engagementWeight(731, 999)).toBe(0);
  });

  it("takes mid-rank percentiles", () => {
    // below: 5 (1), equal: 7 (½) of 3
    expect(percentileOf(7, [5, 7, 9])).toBeCloseTo(50, 10);
    expect(percentileOf(8, [5, 7, 9])).toBeCloseTo(66.6667, 4);
    expect(percentileOf(3, [])).toBe(50);
  });

  it("counts business days after the first date up to the second", () => {
    // Monday 30 November → Thursday 3 December
    expect(businessDaysBetween("2026-11-30T09:00:00Z", "2026-12-03T10:00:00Z")).toBe(3);
    // Friday → Monday skips the weekend
    expect(businessDaysBetween("2026-11-27T16:00:00Z", "2026-11-30T08:00:00Z")).toBe(1);
    expect(businessDaysBetween("2026-11-28T16:00:00Z", "2026-11-29T08:00:00Z")).toBe(0);
  });

  it("counts business days in closed form exactly as walking the days one by one", () => {
    const walked = (from: string, to: string) => {
      let count = 0;
      const end = Math.floor(Date.parse(to) / 86_400_000);
      for (let day = Math.floor(Date.parse(from) / 86_400_000) + 1; day <= end; day += 1) {
        const weekday = (((day + 4) % 7) + 7) % 7;
        if (weekday !== 0 && weekday !== 6) count += 1;
      }
      return count;
    };
    const instant = fc
      .date({ min: new Date("1965-01-01"), max: new Date("2035-01-01"), noInvalidDate: true })
      .map((d) => d.toISOString());
    fc.assert(
      fc.property(instant, fc.integer({ min: -30, max: 900 }), (from, days) => {
        const to = new Date(Date.parse(from) + days * 86_400_000 + 3_600_000).toISOString();
        expect(businessDaysBetween(from, to)).toBe(walked(from, to));
      }),
      { numRuns: 2000 },
    );
  });

  it("finds medians and days past due", () => {
    expect(median([4, 2, 5])).toBe(4);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(daysPastDue("2026-11-13", "2026-12-01")).toBe(18);
    expect(daysPastDue("2026-12-05", "2026-12-01")).toBe(0);
  });
});

describe("the date of an instant", () => {
  it("reads a UTC instant's date off its text, and converts other forms to UTC", () => {
    expect(dateOf("2026-12-01T23:59:59.999Z")).toBe("2026-12-01");
    expect(dateOf("2026-12-01T23:30Z")).toBe("2026-12-01");
    expect(dateOf("2026-12-01T23:30:00+02:00")).toBe("2026-12-01");
    expect(dateOf("2026-12-01T01:30:00+02:00")).toBe("2026-11-30");
  });
});
