import { describe, expect, it } from "vitest";
import { isCurrencyCode, isWholeMinorAmount, minorUnitDigits } from "./money";

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
});
