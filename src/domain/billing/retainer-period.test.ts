import { describe, expect, it } from "vitest";
import {
  checkRetainerPeriodDates,
  retainerInForceSince,
  retainerPeriodHolding,
  retainerPeriodOf,
} from "./retainer-period";

describe("retainer periods", () => {
  it("runs a calendar month from its first day, leap years included", () => {
    expect(retainerPeriodOf("2026-03-01", "month")).toEqual({
      start: "2026-03-01",
      end: "2026-03-31",
    });
    expect(retainerPeriodOf("2028-02-01", "month")?.end).toBe("2028-02-29");
    expect(retainerPeriodOf("2026-12-01", "month")?.end).toBe("2026-12-31");
  });

  it("runs a calendar quarter from the first day of January, April, July or October", () => {
    expect(retainerPeriodOf("2026-10-01", "quarter")).toEqual({
      start: "2026-10-01",
      end: "2026-12-31",
    });
    expect(retainerPeriodOf("2026-04-01", "quarter")?.end).toBe("2026-06-30");
    expect(retainerPeriodOf("2026-05-01", "quarter")).toBeNull();
  });

  it("bills by the month when the agreement names no period", () => {
    expect(retainerPeriodOf("2026-05-01", null)?.end).toBe("2026-05-31");
  });

  it("refuses a start that is not the first day of a period", () => {
    expect(retainerPeriodOf("2026-03-15", "month")).toBeNull();
    expect(retainerPeriodOf("2026-02-30", "month")).toBeNull();
    expect(retainerPeriodOf("March 2026", "month")).toBeNull();
  });
});

describe("the retainer period holding a day", () => {
  it("is the day's calendar month, or its calendar quarter", () => {
    expect(retainerPeriodHolding("2026-11-22", "month")).toEqual({
      start: "2026-11-01",
      end: "2026-11-30",
    });
    expect(retainerPeriodHolding("2026-11-22", "quarter")).toEqual({
      start: "2026-10-01",
      end: "2026-12-31",
    });
    expect(retainerPeriodHolding("2028-02-29", null)?.end).toBe("2028-02-29");
    expect(retainerPeriodHolding("2026-01-01", "quarter")?.start).toBe("2026-01-01");
  });
});

describe("the retainer periods an engagement invoices", () => {
  const bounds = { inForceOn: "2026-11-22", today: "2026-11-22" };
  const month = (start: string) => retainerPeriodOf(start, "month")!;
  const quarter = (start: string) => retainerPeriodOf(start, "quarter")!;

  it("runs from the period the agreement came into force in to the one after today's", () => {
    expect(checkRetainerPeriodDates(month("2026-11-01"), "month", bounds)).toBeNull();
    expect(checkRetainerPeriodDates(month("2026-12-01"), "month", bounds)).toBeNull();
    expect(checkRetainerPeriodDates(quarter("2026-10-01"), "quarter", bounds)).toBeNull();
    expect(checkRetainerPeriodDates(quarter("2027-01-01"), "quarter", bounds)).toBeNull();
  });

  it("refuses a period that ended before the agreement came into force, or one further ahead", () => {
    expect(checkRetainerPeriodDates(month("1900-01-01"), "month", bounds)).toEqual({
      reason: "retainer_period_before_engagement",
      limit: "2026-11-22",
    });
    expect(checkRetainerPeriodDates(month("2027-01-01"), "month", bounds)).toEqual({
      reason: "retainer_period_too_far_ahead",
      limit: "2026-12-01",
    });
    expect(checkRetainerPeriodDates(quarter("2027-04-01"), "quarter", bounds)).toEqual({
      reason: "retainer_period_too_far_ahead",
      limit: "2027-01-01",
    });
  });
});

describe("the day a retainer began", () => {
  const version = (model: string, inForceOn: string) => ({ model, inForceOn });

  it("is the amendment's day when the retainer replaced another price", () => {
    expect(
      retainerInForceSince([version("fixed", "2026-09-10"), version("retainer", "2026-11-22")]),
    ).toBe("2026-11-22");
  });

  it("stays the first day of an unbroken retainer whose fee was amended", () => {
    expect(
      retainerInForceSince([
        version("fixed", "2026-01-05"),
        version("retainer", "2026-03-15"),
        version("retainer", "2026-06-01"),
      ]),
    ).toBe("2026-03-15");
  });

  it("starts again after a break under another price, and is none when no retainer is in force", () => {
    expect(
      retainerInForceSince([
        version("retainer", "2026-01-05"),
        version("fixed", "2026-03-15"),
        version("retainer", "2026-06-01"),
      ]),
    ).toBe("2026-06-01");
    expect(
      retainerInForceSince([version("retainer", "2026-01-05"), version("fixed", "2026-03-15")]),
    ).toBeNull();
    expect(retainerInForceSince([])).toBeNull();
  });
});
