import { describe, expect, it } from "vitest";
import {
  decimalOfMinor,
  isCurrencyCode,
  isWholeMinorAmount,
  minorOfDecimal,
  minorUnitDigits,
} from "./money";

describe("money", () => {
  it("knows ISO 4217 codes and refuses made-up ones", () => {
    expect(isCurrencyCode("EUR")).toBe(true);
    expect(isCurrencyCode("IDR")).toBe(true);
    expect(isCurrencyCode("EURO")).toBe(false);
  });

  it("knows currencies with 0, 2 and 3 minor digits", () => {
    expect(minorUnitDigits("JPY")).toBe(0);
    expect(minorUnitDigits("EUR")).toBe(2);
    expect(minorUnitDigits("KWD")).toBe(3);
  });

  it("accepts only whole minor-unit amounts", () => {
    expect(isWholeMinorAmount(1999)).toBe(true);
    expect(isWholeMinorAmount(19.99)).toBe(false);
    expect(isWholeMinorAmount(Number.MAX_SAFE_INTEGER + 2)).toBe(false);
  });

  it("writes minor units as an exact decimal of major units for exports", () => {
    expect(decimalOfMinor(123_456, "EUR")).toBe("1234.56");
    expect(decimalOfMinor(5, "EUR")).toBe("0.05");
    expect(decimalOfMinor(-5, "EUR")).toBe("-0.05");
    expect(decimalOfMinor(0, "EUR")).toBe("0.00");
    expect(decimalOfMinor(1500, "JPY")).toBe("1500");
    expect(decimalOfMinor(1234, "KWD")).toBe("1.234");
    expect(decimalOfMinor(Number.MAX_SAFE_INTEGER, "EUR")).toBe("90071992547409.91");
    expect(() => decimalOfMinor(1.5, "EUR")).toThrow(RangeError);
  });

  it("reads a decimal of major units as minor units, without floating point", () => {
    expect(minorOfDecimal("40", "EUR")).toBe(4000);
    expect(minorOfDecimal("40.5", "EUR")).toBe(4050);
    expect(minorOfDecimal(" 0.07 ", "EUR")).toBe(7);
    expect(minorOfDecimal("4500", "JPY")).toBe(4500);
    expect(minorOfDecimal("1.234", "KWD")).toBe(1234);
    for (const bad of ["40.001", "-1", "4e3", "", "1,5", "40.0.0"]) {
      expect(minorOfDecimal(bad, "EUR"), bad).toBeNull();
    }
    expect(minorOfDecimal("4.5", "JPY")).toBeNull();
  });
});
