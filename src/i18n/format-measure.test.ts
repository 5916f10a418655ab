import { describe, expect, it } from "vitest";
import { formatMeasure } from "./format-measure";

describe("a goal's measured value in the reader's language", () => {
  it("writes a percentage as each language spaces it", () => {
    expect(formatMeasure("en", 2.6, "%")).toBe("2.6%");
    expect(formatMeasure("fr", 2.6, "%")).toBe("2,6\u00a0%");
  });

  it("writes an amount in a currency the sides named by its code as money: 48,50 € in French", () => {
    expect(formatMeasure("en", 48.5, "EUR")).toBe("€48.50");
    expect(formatMeasure("fr", 48.5, "EUR")).toBe("48,50\u00a0€");
    expect(formatMeasure("de", 42, "EUR")).toBe("42,00\u00a0€");
    expect(formatMeasure("id", 1250.75, "IDR")).toBe("Rp\u00a01.250,75");
    // A measure keeps its own precision: an average of 12.345 euros is not rounded away.
    expect(formatMeasure("en", 12.345, "EUR")).toBe("€12.345");
  });

  it("leaves any other unit as the sides wrote it, after the number", () => {
    expect(formatMeasure("fr", 1234.5, "commandes")).toBe("1\u202f234,5 commandes");
    expect(formatMeasure("en", 850, "ms")).toBe("850 ms");
    expect(formatMeasure("en", 3, "")).toBe("3");
    // Three capitals that name no currency stay a word.
    expect(formatMeasure("en", 3, "KPI")).toBe("3 KPI");
  });
});
