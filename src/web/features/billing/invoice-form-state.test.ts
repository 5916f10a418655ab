import { describe, expect, it } from "vitest";
import {
  emptyLine,
  formatDecimalInput,
  lineFormOf,
  previewTotals,
  readLines,
  readTaxRate,
} from "./invoice-form-state";
import { parseDecimalInput } from "../../shared/lib/money";

describe("decimals typed in the reader's format", () => {
  it("reads quantities as thousandths and tax rates as basis points, in each locale's format", () => {
    expect(parseDecimalInput("1.5", "en", 3)).toBe(1500);
    expect(parseDecimalInput("1,5", "fr", 3)).toBe(1500);
    expect(parseDecimalInput("20", "en", 2)).toBe(2000);
    expect(parseDecimalInput("5,5", "de", 2)).toBe(550);
    expect(parseDecimalInput("0.125", "en", 3)).toBe(125);
  });

  it("refuses what is not a non-negative number, or has more decimals than the unit", () => {
    expect(parseDecimalInput("", "en", 3)).toBeNull();
    expect(parseDecimalInput("-1", "en", 3)).toBeNull();
    expect(parseDecimalInput("1.2345", "en", 3)).toBeNull();
    expect(parseDecimalInput("5.555", "en", 2)).toBeNull();
    expect(parseDecimalInput("abc", "en", 2)).toBeNull();
  });

  it("writes integers back as short editable text", () => {
    expect(formatDecimalInput(1500, "en", 3)).toBe("1.5");
    expect(formatDecimalInput(1000, "en", 3)).toBe("1");
    expect(formatDecimalInput(550, "fr", 2)).toBe("5,5");
    expect(formatDecimalInput(0, "en", 2)).toBe("0");
  });
});

describe("the invoice lines editor", () => {
  it("sends integers and names the path of every value it could not read", () => {
    const { lines, invalid } = readLines(
      [
        { ...emptyLine("a", "20"), description: " Design ", quantity: "2", unitPrice: "1,500.50" },
        { ...emptyLine("b"), description: "Hosting", quantity: "x", unitPrice: "12.345" },
      ],
      "EUR",
      "en",
    );
    expect(lines[0]).toEqual({
      description: "Design",
      quantityMilli: 2000,
      unitPriceMinor: 150_050,
      taxRateBasisPoints: 2000,
    });
    expect([...invalid]).toEqual(["lines.1.quantityMilli", "lines.1.unitPriceMinor"]);
  });

  it("adds up the readable lines live, tax stated once per rate", () => {
    const totals = previewTotals(
      [
        { ...emptyLine("a", "20"), quantity: "1.5", unitPrice: "100" },
        { ...emptyLine("b", "20"), description: "More", unitPrice: "50" },
        { ...emptyLine("c", "0"), description: "Exempt", unitPrice: "10" },
        { ...emptyLine("d"), description: "Not typed yet" },
      ],
      "EUR",
      "en",
    );
    expect(totals?.subtotalMinor).toBe(21_000);
    expect(totals?.taxGroups).toEqual([
      { rateBasisPoints: 0, netMinor: 1000, taxMinor: 0 },
      { rateBasisPoints: 2000, netMinor: 20_000, taxMinor: 4000 },
    ]);
    expect(totals?.totalMinor).toBe(25_000);
  });

  it("shows no totals before any line can be read", () => {
    expect(previewTotals([emptyLine("a")], "EUR", "en")).toBeNull();
  });

  it("puts a draft's line back in the editor as it was typed", () => {
    const line = {
      position: 1,
      description: "Design",
      quantityMilli: 1500,
      unitPriceMinor: 150_050,
      taxRateBasisPoints: 550,
      netMinor: 225_075,
    };
    expect(lineFormOf(line, "EUR", "fr")).toEqual({
      key: "line-1",
      description: "Design",
      quantity: "1,5",
      unitPrice: "1500,50",
      taxRate: "5,5",
    });
  });

  it("reads an empty tax rate as exempt", () => {
    expect(readTaxRate("", "en")).toBe(0);
    expect(readTaxRate("19", "en")).toBe(1900);
    expect(readTaxRate("nineteen", "en")).toBeNull();
  });
});
