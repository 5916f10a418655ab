import { describe, expect, it } from "vitest";
import { splitTimeInvoiced, type InvoicedLine } from "./time-invoiced";

const line = (unitPriceMinor: number, issueDate: string, description = "Work"): InvoicedLine => ({
  description,
  quantityMilli: 2_000,
  unitPriceMinor,
  netMinor: unitPriceMinor * 2,
  issueDate,
});

// 90.00 an hour from 1 November, raised to 100.00 from 1 December.
const RATES = [
  { rateMinor: 9_000, fromDay: "2026-11-01" },
  { rateMinor: 10_000, fromDay: "2026-12-01" },
];

describe("the time invoiced on a time-and-materials engagement", () => {
  it("keeps time at a former rate as time, invoiced before the amendment or after it", () => {
    const split = splitTimeInvoiced(
      [line(9_000, "2026-11-20"), line(10_000, "2026-12-05"), line(9_000, "2026-12-05")],
      RATES,
    );
    expect(split.time).toEqual([
      { quantityMilli: 2_000, rateMinor: 9_000 },
      { quantityMilli: 2_000, rateMinor: 10_000 },
      { quantityMilli: 2_000, rateMinor: 9_000 },
    ]);
    expect(split.materials).toEqual([]);
  });

  it("counts a price that was no rate yet when invoiced, or never one, as materials", () => {
    const split = splitTimeInvoiced(
      [line(10_000, "2026-11-20", "Licence"), line(4_900, "2026-12-05", "Hosting")],
      RATES,
    );
    expect(split.time).toEqual([]);
    expect(split.materials).toEqual([
      { description: "Licence", amountMinor: 20_000 },
      { description: "Hosting", amountMinor: 9_800 },
    ]);
  });
});
