import { describe, expect, it } from "vitest";
import {
  checkDiscountForSpeed,
  remunerationTrend,
  type RemunerationPeriod,
} from "./remuneration-trend";

const period = (label: string, remunerationMinor: number, hours: number): RemunerationPeriod => ({
  label,
  remunerationMinor,
  scope: { unit: "hour", quantity: hours },
});

/** Flags between a first period (pay 10,000.00, 100 h) and a second one. */
function flagged(pay: number, hours: number, tolerance?: number) {
  return remunerationTrend(
    [period("2026-01", 1_000_000, 100), period("2026-02", pay, hours)],
    tolerance,
  ).findings;
}

describe("effective rate", () => {
  it("is remuneration per hour of scope, days counted at eight hours", () => {
    const { rates } = remunerationTrend([
      period("2026-01", 800_000, 100),
      { label: "2026-02", remunerationMinor: 800_000, scope: { unit: "day", quantity: 12.5 } },
      period("2026-03", 100_000, 7.5),
      period("2026-04", 500_000, 0),
    ]);
    expect(rates.map((r) => [r.scopeHoursMilli, r.rateMinorPerHour])).toEqual([
      [100_000, 8000],
      [100_000, 8000],
      [7500, 13_333], // 1,000.00 / 7.5 h = 133.333…
      [0, null],
    ]);
  });
});

describe("remuneration cut without scope cut", () => {
  it("flags less pay for the same or more work", () => {
    expect(flagged(900_000, 100)).toEqual([
      {
        code: "remuneration_cut_without_scope_cut",
        severity: "serious",
        path: "periods.1",
        values: {
          fromPeriod: "2026-01",
          toPeriod: "2026-02",
          remunerationCutBasisPoints: 1000,
          scopeCutBasisPoints: 0,
        },
      },
    ]);
    expect(flagged(900_000, 110)[0]?.values?.scopeCutBasisPoints).toBe(-1000);
  });

  it("flags a scope cut smaller than the pay cut less the tolerance", () => {
    expect(flagged(900_000, 96)).toHaveLength(1); // pay −10 %, scope −4 %
    expect(flagged(940_000, 100)).toHaveLength(1); // pay −6 %, scope unchanged
  });

  it("lets a proportionate trim or a small cut pass", () => {
    expect(flagged(900_000, 92)).toEqual([]); // pay −10 %, scope −8 %
    expect(flagged(900_000, 95)).toEqual([]); // pay −10 %, scope −5 %: exactly at the tolerance
    expect(flagged(950_000, 100)).toEqual([]); // pay −5 %: not more than the tolerance
    expect(flagged(940_000, 99)).toEqual([]); // pay −6 %, scope −1 %
    expect(flagged(950_000, 110)).toEqual([]); // pay −5 %: within tolerance, scope +10 %
    expect(flagged(1_100_000, 100)).toEqual([]); // a raise
  });

  it("uses the tolerance it is given", () => {
    expect(flagged(990_000, 100, 0)).toHaveLength(1);
    expect(flagged(900_000, 100, 1000)).toEqual([]);
  });

  it("compares only consecutive periods, and skips a period with nothing to compare to", () => {
    const { findings } = remunerationTrend([
      period("Q1", 1_000_000, 100),
      period("Q2", 0, 0),
      period("Q3", 500_000, 100),
      period("Q4", 400_000, 100),
    ]);
    // Q1 → Q2: pay and scope both gone, in proportion; Q2 → Q3: no pay before to compare;
    // Q3 → Q4: pay −20 % for the same hours.
    expect(findings.map((f) => [f.path, f.values?.remunerationCutBasisPoints])).toEqual([
      ["periods.3", 2000],
    ]);
  });
});

describe("discount for speed", () => {
  it("prices 2 % for 20 days sooner as about 37 % a year", () => {
    expect(
      checkDiscountForSpeed({
        originalMinor: 1_000_000,
        offeredMinor: 980_000,
        originalDueDate: "2026-05-31",
        offeredDueDate: "2026-05-11",
      }),
    ).toEqual({
      code: "discount_for_speed",
      severity: "warning",
      path: "",
      // 20,000 / 980,000 × 365 / 20 = 37.2449 %
      values: {
        discountMinor: 20_000,
        discountBasisPoints: 200,
        daysSooner: 20,
        annualRateBasisPoints: 3724,
      },
    });
  });

  it("prices 1 % for 30 days sooner across a month end", () => {
    const finding = checkDiscountForSpeed({
      originalMinor: 100_000,
      offeredMinor: 99_000,
      originalDueDate: "2026-03-15",
      offeredDueDate: "2026-02-13",
    });
    // 1,000 / 99,000 × 365 / 30 = 12.2896 %
    expect(finding?.values).toMatchObject({ daysSooner: 30, annualRateBasisPoints: 1229 });
  });

  it("is not flagged unless it is both less money and sooner", () => {
    const base = { originalMinor: 100_000, originalDueDate: "2026-05-31" };
    expect(
      checkDiscountForSpeed({ ...base, offeredMinor: 100_000, offeredDueDate: "2026-05-01" }),
    ).toBeNull();
    expect(
      checkDiscountForSpeed({ ...base, offeredMinor: 90_000, offeredDueDate: "2026-05-31" }),
    ).toBeNull();
    expect(
      checkDiscountForSpeed({ ...base, offeredMinor: 90_000, offeredDueDate: "2026-06-30" }),
    ).toBeNull();
    expect(
      checkDiscountForSpeed({ ...base, offeredMinor: 110_000, offeredDueDate: "2026-05-01" }),
    ).toBeNull();
  });

  it("refuses amounts that are not positive whole minor units", () => {
    const base = {
      originalMinor: 100_000,
      originalDueDate: "2026-05-31",
      offeredDueDate: "2026-05-01",
    };
    expect(() => checkDiscountForSpeed({ ...base, offeredMinor: 0 })).toThrow(RangeError);
    expect(() => checkDiscountForSpeed({ ...base, offeredMinor: 99.5 })).toThrow(RangeError);
  });
});
