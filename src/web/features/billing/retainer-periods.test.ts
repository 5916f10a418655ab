import { describe, expect, it } from "vitest";
import { recentRetainerPeriods } from "./retainer-periods";

describe("the retainer periods offered for invoicing", () => {
  it("lists calendar months newest first, across a year's end", () => {
    expect(recentRetainerPeriods("2026-02-14", "month", 3)).toEqual([
      { start: "2026-02-01", end: "2026-02-28" },
      { start: "2026-01-01", end: "2026-01-31" },
      { start: "2025-12-01", end: "2025-12-31" },
    ]);
  });

  it("lists calendar quarters when the agreement bills by quarter", () => {
    expect(recentRetainerPeriods("2026-11-22", "quarter", 2)).toEqual([
      { start: "2026-10-01", end: "2026-12-31" },
      { start: "2026-07-01", end: "2026-09-30" },
    ]);
  });

  it("bills by the month when the agreement names no period", () => {
    expect(recentRetainerPeriods("2024-03-05", null, 1)).toEqual([
      { start: "2024-03-01", end: "2024-03-31" },
    ]);
  });
});
