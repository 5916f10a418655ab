import { describe, expect, it } from "vitest";
import {
  computeInvoiceTotals,
  draftOfSameLines,
  dueDateOf,
  INVOICE_CODES,
  MAX_INVOICE_LINES,
  type InvoiceLine,
} from "./invoice";

const line = (overrides: Partial<InvoiceLine> = {}): InvoiceLine => ({
  description: "Design work",
  quantityMilli: 1000,
  unitPriceMinor: 10_000,
  taxRateBasisPoints: 2000,
  ...overrides,
});

function totalsOf(lines: InvoiceLine[], currency: string) {
  const result = computeInvoiceTotals(lines, currency);
  if (!result.ok) throw new Error(`unexpected findings: ${JSON.stringify(result.findings)}`);
  return result.totals;
}

function codesOf(lines: InvoiceLine[], currency = "EUR") {
  const result = computeInvoiceTotals(lines, currency);
  return result.ok ? [] : result.findings.map((f) => `${f.code}@${f.path}`);
}

describe("invoice totals", () => {
  it("adds line nets, states tax per rate and totals them (EUR, 2 decimals)", () => {
    const totals = totalsOf(
      [
        line({ quantityMilli: 2500, unitPriceMinor: 8000, taxRateBasisPoints: 2000 }),
        line({ quantityMilli: 1000, unitPriceMinor: 1999, taxRateBasisPoints: 2000 }),
        line({ quantityMilli: 3000, unitPriceMinor: 333, taxRateBasisPoints: 550 }),
      ],
      "EUR",
    );
    expect(totals.lineNetsMinor).toEqual([20_000, 1999, 999]);
    // 5.5 % of 9.99 = 0.54945 → 0.55; 20 % of 219.99 = 43.998 → 44.00
    expect(totals.taxGroups).toEqual([
      { rateBasisPoints: 550, netMinor: 999, taxMinor: 55 },
      { rateBasisPoints: 2000, netMinor: 21_999, taxMinor: 4400 },
    ]);
    expect(totals).toMatchObject({ subtotalMinor: 22_998, taxMinor: 4455, totalMinor: 27_453 });
  });

  it("rounds tax once per rate group, not once per line", () => {
    // Three lines of 0.05 at 10 %: per line 0.005 → 0.01 each (0.03); per group 0.015 → 0.02.
    const totals = totalsOf(
      [1, 2, 3].map(() => line({ unitPriceMinor: 5, taxRateBasisPoints: 1000 })),
      "EUR",
    );
    expect(totals.taxMinor).toBe(2);
    expect(totals.totalMinor).toBe(17);
  });

  it("rounds half up to the yen for a currency without decimals (JPY)", () => {
    const totals = totalsOf(
      [
        line({ quantityMilli: 1500, unitPriceMinor: 333, taxRateBasisPoints: 800 }),
        line({ quantityMilli: 1000, unitPriceMinor: 1005, taxRateBasisPoints: 1000 }),
      ],
      "JPY",
    );
    // 1.5 × ¥333 = ¥499.5 → ¥500; 8 % of ¥500 = ¥40; 10 % of ¥1,005 = ¥100.5 → ¥101
    expect(totals.lineNetsMinor).toEqual([500, 1005]);
    expect(totals.taxGroups.map((g) => g.taxMinor)).toEqual([40, 101]);
    expect(totals.totalMinor).toBe(1646);
  });

  it("rounds half up to the fils for a currency with three decimals (KWD)", () => {
    const totals = totalsOf(
      [
        line({ quantityMilli: 333, unitPriceMinor: 1000, taxRateBasisPoints: 1500 }),
        line({ quantityMilli: 1000, unitPriceMinor: 12_345, taxRateBasisPoints: 1500 }),
      ],
      "KWD",
    );
    // 0.333 × KWD 1.000 = 0.333; 15 % of KWD 12.678 = 1.9017 → 1.902
    expect(totals.lineNetsMinor).toEqual([333, 12_345]);
    expect(totals.taxMinor).toBe(1902);
    expect(totals.totalMinor).toBe(14_580);
  });

  it("rounds an exact half of a minor unit up", () => {
    const totals = totalsOf([line({ quantityMilli: 500, unitPriceMinor: 1 })], "EUR");
    expect(totals.lineNetsMinor).toEqual([1]);
  });

  it("multiplies quantity and price exactly past 2^53, where floating point loses the half", () => {
    const totals = totalsOf(
      [line({ quantityMilli: 1001, unitPriceMinor: 40_000_000_000_500, taxRateBasisPoints: 0 })],
      "EUR",
    );
    // 1.001 × 40,000,000,000,500 = 40,040,000,000,500.5 → …501
    expect(totals.lineNetsMinor).toEqual([40_040_000_000_501]);
  });

  it("computes tax exactly when net × rate passes 2^53", () => {
    const totals = totalsOf(
      [line({ unitPriceMinor: 3_021_406_995_045_995, taxRateBasisPoints: 7442 })],
      "EUR",
    );
    // 3,021,406,995,045,995 × 0.7442 = 2,248,531,085,713,229.479 (floating point says …230)
    expect(totals.taxMinor).toBe(2_248_531_085_713_229);
    expect(totals.totalMinor).toBe(5_269_938_080_759_224);
  });

  it("accepts a zero unit price and a zero tax rate", () => {
    const totals = totalsOf([line({ unitPriceMinor: 0, taxRateBasisPoints: 0 })], "EUR");
    expect(totals.totalMinor).toBe(0);
  });

  it("blocks negative prices, non-positive quantities and tax rates outside 0–100 %", () => {
    expect(
      codesOf([
        line({ unitPriceMinor: -1 }),
        line({ quantityMilli: 0 }),
        line({ quantityMilli: -1000 }),
        line({ taxRateBasisPoints: 10_001 }),
        line({ taxRateBasisPoints: -1 }),
        line({ taxRateBasisPoints: 10_000 }),
      ]),
    ).toEqual([
      "line_unit_price_negative@lines.0.unitPriceMinor",
      "line_quantity_not_positive@lines.1.quantityMilli",
      "line_quantity_not_positive@lines.2.quantityMilli",
      "line_tax_rate_out_of_range@lines.3.taxRateBasisPoints",
      "line_tax_rate_out_of_range@lines.4.taxRateBasisPoints",
    ]);
  });

  it("blocks fractions of a minor unit or of a thousandth, and unsafe integers", () => {
    expect(
      codesOf([
        line({ quantityMilli: 1.5 }),
        line({ unitPriceMinor: 19.99 }),
        line({ unitPriceMinor: Number.MAX_SAFE_INTEGER + 2 }),
        line({ quantityMilli: Number.NaN }),
        line({ taxRateBasisPoints: 2000.5 }),
      ]),
    ).toEqual([
      "line_quantity_not_whole_thousandths@lines.0.quantityMilli",
      "line_unit_price_not_whole_minor@lines.1.unitPriceMinor",
      "line_unit_price_not_whole_minor@lines.2.unitPriceMinor",
      "line_quantity_not_whole_thousandths@lines.3.quantityMilli",
      "line_tax_rate_out_of_range@lines.4.taxRateBasisPoints",
    ]);
  });

  it("blocks totals that would leave the safe integers", () => {
    expect(
      codesOf([line({ quantityMilli: 10_000_000, unitPriceMinor: 1_000_000_000_000 })]),
    ).toEqual(["invoice_amount_unsafe@lines"]);
    // Each line is safe, their sum is not.
    const half = Math.ceil(Number.MAX_SAFE_INTEGER / 2) + 1;
    expect(
      codesOf([
        line({ unitPriceMinor: half, taxRateBasisPoints: 0 }),
        line({ unitPriceMinor: half, taxRateBasisPoints: 0 }),
      ]),
    ).toEqual(["invoice_amount_unsafe@lines"]);
  });

  it("blocks an empty invoice, too many lines, blank descriptions and unknown currencies", () => {
    expect(codesOf([])).toEqual(["invoice_lines_missing@lines"]);
    expect(codesOf(Array.from({ length: MAX_INVOICE_LINES }, () => line()))).toEqual([]);
    expect(codesOf(Array.from({ length: MAX_INVOICE_LINES + 1 }, () => line()))).toEqual([
      "invoice_too_many_lines@lines",
    ]);
    expect(codesOf([line({ description: "  " })])).toEqual([
      "line_description_missing@lines.0.description",
    ]);
    expect(codesOf([line()], "EURO")).toEqual(["invoice_currency_unknown@currency"]);
  });

  it("reports only codes it exports, all blocking", () => {
    const result = computeInvoiceTotals([line({ unitPriceMinor: -1, quantityMilli: 0 })], "XXX1");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const finding of result.findings) {
      expect(INVOICE_CODES).toContain(finding.code);
      expect(finding.severity).toBe("blocking");
    }
  });
});

describe("due date", () => {
  it("counts calendar days across month and year ends", () => {
    expect(dueDateOf("2026-01-31", 30)).toBe("2026-03-02");
    expect(dueDateOf("2026-04-30", 31)).toBe("2026-05-31");
    expect(dueDateOf("2026-12-15", 30)).toBe("2027-01-14");
    expect(dueDateOf("2026-03-10", 0)).toBe("2026-03-10");
  });

  it("counts 29 February in a leap year", () => {
    expect(dueDateOf("2028-01-31", 30)).toBe("2028-03-01");
    expect(dueDateOf("2028-02-28", 1)).toBe("2028-02-29");
    expect(dueDateOf("2028-02-29", 365)).toBe("2029-02-28");
    expect(dueDateOf("2027-02-28", 1)).toBe("2027-03-01");
  });

  it("refuses dates that do not exist and terms that are not whole days", () => {
    expect(() => dueDateOf("2026-02-29", 30)).toThrow(RangeError);
    expect(() => dueDateOf("2026-13-01", 30)).toThrow(RangeError);
    expect(() => dueDateOf("2026-1-1", 30)).toThrow(RangeError);
    expect(() => dueDateOf("2026-01-01", -1)).toThrow(RangeError);
    expect(() => dueDateOf("2026-01-01", 1.5)).toThrow(RangeError);
  });
});

describe("a manual invoice of the same lines", () => {
  const described = (description: string, unitPriceMinor = 4_900) => ({
    description,
    quantityMilli: 1000,
    unitPriceMinor,
    taxRateBasisPoints: 0,
  });

  it("finds the draft whose lines a new invoice repeats, descriptions retyped", () => {
    const drafts = [
      { lines: [described("Hosting")] },
      { lines: [described("Hosting"), described("Support")] },
    ];
    expect(draftOfSameLines(drafts, [described(" hosting"), described("SUPPORT")])).toBe(drafts[1]);
  });

  it("takes other lines, another price or another order as another invoice", () => {
    const drafts = [{ lines: [described("Hosting"), described("Support")] }];
    expect(draftOfSameLines(drafts, [described("Hosting")])).toBeUndefined();
    expect(
      draftOfSameLines(drafts, [described("Hosting"), described("Support", 5_000)]),
    ).toBeUndefined();
    expect(draftOfSameLines(drafts, [described("Support"), described("Hosting")])).toBeUndefined();
  });
});
