import { describe, expect, it } from "vitest";
import { retainerPeriodOf } from "./retainer-period";

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
