import { describe, expect, it } from "vitest";
import {
  computeLateInterest,
  halfYearOf,
  referenceRateOn,
  type LateInterestComputation,
  type LateInterestInput,
  type ReferenceRate,
} from "./late-interest";

/** EUR reference rates: 2.00 % from 2026; the 15 March cut to 1.50 % applies from 1 July. */
const RATES: ReferenceRate[] = [
  { currency: "EUR", validFrom: "2025-07-01", rateBasisPoints: 215 },
  { currency: "EUR", validFrom: "2026-01-01", rateBasisPoints: 200 },
  { currency: "EUR", validFrom: "2026-03-15", rateBasisPoints: 150 },
  { currency: "EUR", validFrom: "2027-07-01", rateBasisPoints: 200 },
  { currency: "JPY", validFrom: "2026-01-01", rateBasisPoints: 200 },
  { currency: "KWD", validFrom: "2026-01-01", rateBasisPoints: 200 },
];

const input = (overrides: Partial<LateInterestInput>): LateInterestInput => ({
  terms: { statutoryLateInterest: true },
  currency: "EUR",
  amountDueMinor: 1_000_000,
  dueDate: "2026-03-31",
  payments: [],
  asOf: "2026-04-30",
  referenceRates: RATES,
  ...overrides,
});

function computed(overrides: Partial<LateInterestInput>): LateInterestComputation {
  const result = computeLateInterest(input(overrides));
  if (!result.ok) throw new Error(`unexpected refusal: ${JSON.stringify(result)}`);
  return result.computation;
}

const brief = (c: LateInterestComputation) =>
  c.lines.map((l) => [
    l.from,
    l.to,
    l.days,
    l.principalMinor,
    l.annualRateBasisPoints,
    l.interestMinor,
  ]);

describe("late interest", () => {
  it("runs from the day after the due date to today at reference + 8 points, actual/365", () => {
    const c = computed({});
    // 10,000.00 × 10 % × 30/365 = 82.19178…
    expect(brief(c)).toEqual([["2026-04-01", "2026-04-30", 30, 1_000_000, 1000, 8219]]);
    expect(c.lines[0]).toMatchObject({ referenceRateBasisPoints: 200, daysInYear: 365 });
    expect(c).toMatchObject({ interestMinor: 8219, compensationMinor: 4000, totalMinor: 12_219 });
    expect(c.notes).toEqual([]);
  });

  it("applies a rate change from the next half-year, the rate in force on 1 July", () => {
    const c = computed({ dueDate: "2026-06-15", asOf: "2026-07-20" });
    expect(brief(c)).toEqual([
      // 15 days at 10 %: 41.0958… ; 20 days at 1.50 + 8 = 9.5 %: 52.0547…
      ["2026-06-16", "2026-06-30", 15, 1_000_000, 1000, 4110],
      ["2026-07-01", "2026-07-20", 20, 1_000_000, 950, 5205],
    ]);
    expect(c.interestMinor).toBe(9315);
  });

  it("divides by 366 in a leap year and splits at the year end", () => {
    const c = computed({
      dueDate: "2027-12-15",
      asOf: "2028-01-10",
      referenceRates: [{ currency: "EUR", validFrom: "2027-01-01", rateBasisPoints: 200 }],
    });
    expect(brief(c)).toEqual([
      ["2027-12-16", "2027-12-31", 16, 1_000_000, 1000, 4384], // × 16/365 = 43.835…
      ["2028-01-01", "2028-01-10", 10, 1_000_000, 1000, 2732], // × 10/366 = 27.322…
    ]);
    expect(c.lines.map((l) => l.daysInYear)).toEqual([365, 366]);
  });

  it("charges exactly the annual rate for the whole of a leap year", () => {
    const c = computed({
      dueDate: "2027-12-31",
      asOf: "2028-12-31",
      referenceRates: [{ currency: "EUR", validFrom: "2027-01-01", rateBasisPoints: 200 }],
    });
    expect(c.lines.map((l) => [l.days, l.interestMinor])).toEqual([
      [182, 49_727],
      [184, 50_273],
    ]);
    expect(c.interestMinor).toBe(100_000);
  });

  it("follows each half-year's rate through 2028", () => {
    const c = computed({
      dueDate: "2027-12-31",
      asOf: "2028-12-31",
      referenceRates: [
        { currency: "EUR", validFrom: "2027-07-01", rateBasisPoints: 200 },
        { currency: "EUR", validFrom: "2028-01-01", rateBasisPoints: 100 },
        { currency: "EUR", validFrom: "2028-07-01", rateBasisPoints: 300 },
      ],
    });
    // 9 % × 182/366 = 447.54098… ; 11 % × 184/366 = 553.00546…
    expect(brief(c)).toEqual([
      ["2028-01-01", "2028-06-30", 182, 1_000_000, 900, 44_754],
      ["2028-07-01", "2028-12-31", 184, 1_000_000, 1100, 55_301],
    ]);
  });

  it("lowers the principal from the day after a partial payment", () => {
    const c = computed({
      payments: [
        { amountMinor: 400_000, paidOn: "2026-04-10", status: "confirmed" },
        { amountMinor: 600_000, paidOn: "2026-04-12", status: "recorded" },
      ],
    });
    expect(brief(c)).toEqual([
      ["2026-04-01", "2026-04-10", 10, 1_000_000, 1000, 2740], // 27.397…
      ["2026-04-11", "2026-04-30", 20, 600_000, 1000, 3288], // 32.876…
    ]);
    expect(c.interestMinor).toBe(6028);
  });

  it("stops on the day the rest is paid, and ignores payments after today", () => {
    const c = computed({
      asOf: "2026-06-30",
      payments: [
        { amountMinor: 1_000_000, paidOn: "2026-04-05", status: "confirmed" },
        { amountMinor: 5, paidOn: "2026-07-05", status: "confirmed" },
      ],
    });
    expect(brief(c)).toEqual([["2026-04-01", "2026-04-05", 5, 1_000_000, 1000, 1370]]);
    const before = computed({
      asOf: "2026-04-03",
      payments: [{ amountMinor: 1_000_000, paidOn: "2026-04-05", status: "confirmed" }],
    });
    expect(brief(before)).toEqual([["2026-04-01", "2026-04-03", 3, 1_000_000, 1000, 822]]);
  });

  it("charges interest only on what was left unpaid at the due date", () => {
    const c = computed({
      payments: [{ amountMinor: 200_000, paidOn: "2026-03-20", status: "confirmed" }],
    });
    expect(c.lines.map((l) => l.principalMinor)).toEqual([800_000]);
  });

  it("counts a payment the day after the due date as one day late, with compensation", () => {
    const c = computed({
      payments: [{ amountMinor: 1_000_000, paidOn: "2026-04-01", status: "confirmed" }],
    });
    expect(brief(c)).toEqual([["2026-04-01", "2026-04-01", 1, 1_000_000, 1000, 274]]);
    expect(c.compensationMinor).toBe(4000);
  });

  it("owes nothing when paid by the due date or before it falls due", () => {
    const onTime = computed({
      payments: [{ amountMinor: 1_000_000, paidOn: "2026-03-31", status: "confirmed" }],
    });
    const notYet = computed({ asOf: "2026-03-31" });
    for (const c of [onTime, notYet]) {
      expect(c).toMatchObject({ lines: [], totalMinor: 0, compensationMinor: null });
      expect(c.notes).toEqual(["not_overdue"]);
    }
  });

  it("owes nothing when the agreement did not opt into statutory interest", () => {
    const c = computed({ terms: { statutoryLateInterest: false } });
    expect(c).toMatchObject({ lines: [], totalMinor: 0, notes: ["late_interest_not_agreed"] });
  });

  it("rounds each line half up to the minor unit of JPY, EUR and KWD", () => {
    // 18.25 × 10 % / 365 = 0.005 exactly → rounds up to one cent
    expect(computed({ amountDueMinor: 1825, asOf: "2026-04-01" }).interestMinor).toBe(1);
    expect(computed({ amountDueMinor: 1824, asOf: "2026-04-01" }).interestMinor).toBe(0);
    // ¥123,457 × 10 % × 7/365 = ¥236.77 → ¥237
    const yen = computed({ currency: "JPY", amountDueMinor: 123_457, asOf: "2026-04-07" });
    expect(yen.interestMinor).toBe(237);
    // KWD 1.234 × 10 % × 30/365 = 0.010142 → 0.010
    const dinar = computed({ currency: "KWD", amountDueMinor: 1234 });
    expect(dinar.interestMinor).toBe(10);
  });

  it("adds compensation in another currency only where an amount is configured", () => {
    const none = computed({ currency: "JPY", amountDueMinor: 123_457, asOf: "2026-04-07" });
    expect(none).toMatchObject({ compensationMinor: null, totalMinor: 237 });
    expect(none.notes).toEqual(["recovery_compensation_unavailable"]);
    const configured = computed({
      currency: "JPY",
      amountDueMinor: 123_457,
      asOf: "2026-04-07",
      recoveryCompensation: [{ currency: "JPY", amountMinor: 6500 }],
    });
    expect(configured).toMatchObject({ compensationMinor: 6500, totalMinor: 6737, notes: [] });
  });

  it("reports a missing reference rate instead of guessing", () => {
    expect(computeLateInterest(input({ currency: "GBP" }))).toEqual({
      ok: false,
      reason: "reference_rate_missing",
      currency: "GBP",
      halfYearStart: "2026-01-01",
    });
    const lateTable = [{ currency: "EUR", validFrom: "2026-01-02", rateBasisPoints: 200 }];
    expect(computeLateInterest(input({ referenceRates: lateTable }))).toMatchObject({
      reason: "reference_rate_missing",
      halfYearStart: "2026-01-01",
    });
  });

  it("never charges a negative rate", () => {
    const c = computed({
      referenceRates: [{ currency: "EUR", validFrom: "2026-01-01", rateBasisPoints: -900 }],
    });
    expect(c.lines[0]).toMatchObject({ annualRateBasisPoints: 0, interestMinor: 0 });
  });
});

describe("reference rate table", () => {
  it("finds the rate in force on a day, and the half-year of a day", () => {
    expect(referenceRateOn(RATES, "EUR", "2026-01-01")).toBe(200);
    expect(referenceRateOn(RATES, "EUR", "2026-07-01")).toBe(150);
    expect(referenceRateOn(RATES, "EUR", "2025-06-30")).toBeNull();
    expect(halfYearOf("2028-06-30")).toEqual({ first: "2028-01-01", last: "2028-06-30" });
    expect(halfYearOf("2028-07-01")).toEqual({ first: "2028-07-01", last: "2028-12-31" });
  });
});
