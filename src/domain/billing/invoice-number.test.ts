import { describe, expect, it } from "vitest";
import { formatInvoiceNumber, parseInvoiceNumber } from "./invoice-number";

describe("invoice numbers", () => {
  it("writes prefix, year and a sequence padded to four digits", () => {
    expect(formatInvoiceNumber("ACME", 1, 2026)).toBe("ACME-2026-0001");
    expect(formatInvoiceNumber("ACME", 9999, 2026)).toBe("ACME-2026-9999");
    expect(formatInvoiceNumber("ACME", 12_345, 2026)).toBe("ACME-2026-12345");
    expect(formatInvoiceNumber("A1", 42)).toBe("A1-0042");
  });

  it("reads back what it writes", () => {
    for (const [prefix, sequence, year] of [
      ["ACME", 1, 2026],
      ["X9", 123_456, 2031],
      ["2026", 7, undefined],
    ] as const) {
      const text = formatInvoiceNumber(prefix, sequence, year);
      expect(parseInvoiceNumber(text)).toEqual({ prefix, sequence, year: year ?? null });
    }
  });

  it("reads only the canonical spelling", () => {
    for (const text of [
      "ACME-2026-01234",
      "acme-2026-0001",
      "ACME-26-0001",
      "ACME-2026-0000",
      "ACME-2026-001",
      "ACME-2026-0001-1",
      "ACME",
      "-2026-0001",
      "ACME-2026-",
      "ACME-0999-0001",
    ]) {
      expect(parseInvoiceNumber(text), text).toBeNull();
    }
  });

  it("refuses to write a number from bad settings", () => {
    expect(() => formatInvoiceNumber("AC-ME", 1, 2026)).toThrow(RangeError);
    expect(() => formatInvoiceNumber("acme", 1, 2026)).toThrow(RangeError);
    expect(() => formatInvoiceNumber("", 1)).toThrow(RangeError);
    expect(() => formatInvoiceNumber("ACME", 0, 2026)).toThrow(RangeError);
    expect(() => formatInvoiceNumber("ACME", 1.5)).toThrow(RangeError);
    expect(() => formatInvoiceNumber("ACME", 1, 26)).toThrow(RangeError);
  });
});
