import { describe, expect, it } from "vitest";
import { formatMoney, formatMoneyInput, parseMoneyInput, readMoneyInput } from "./money";

describe("amounts typed in the reader's format become minor units", () => {
  it("reads English, French and German decimals", () => {
    expect(parseMoneyInput("1,500.50", "EUR", "en")).toBe(150_050);
    expect(parseMoneyInput("1 500,50", "EUR", "fr")).toBe(150_050);
    expect(parseMoneyInput("1.500,5", "EUR", "de")).toBe(150_050);
    expect(parseMoneyInput("1500", "EUR", "en")).toBe(150_000);
  });

  it("follows the currency's digits", () => {
    expect(parseMoneyInput("1500", "JPY", "en")).toBe(1500);
    expect(parseMoneyInput("15.5", "JPY", "en")).toBeNull();
    expect(parseMoneyInput("1.234", "EUR", "en")).toBeNull();
  });

  it("refuses an amount whose separators another language reads otherwise, never reading 1,5 as 15", () => {
    expect(parseMoneyInput("1,5", "EUR", "en")).toBeNull();
    expect(parseMoneyInput("1.5", "EUR", "de")).toBeNull();
    expect(readMoneyInput("1,5", "EUR", "en")).toEqual({ problem: "ambiguous" });
    expect(readMoneyInput("1.000,50", "EUR", "fr")).toEqual({ problem: "ambiguous" });
    expect(readMoneyInput("1,000", "EUR", "en")).toEqual({ value: 100_000 });
  });

  it("refuses what is not an amount", () => {
    expect(parseMoneyInput("", "EUR", "en")).toBeNull();
    expect(parseMoneyInput("-3", "EUR", "en")).toBeNull();
    expect(parseMoneyInput("abc", "EUR", "en")).toBeNull();
  });

  it("shows minor units back for editing and reading", () => {
    expect(formatMoneyInput(150_050, "EUR", "fr")).toBe("1500,50");
    expect(formatMoneyInput(7, "EUR", "en")).toBe("0.07");
    expect(formatMoneyInput(1500, "JPY", "en")).toBe("1500");
    expect(formatMoney(150_050, "EUR", "en")).toBe("€1,500.50");
  });

  it("round-trips in every interface language", () => {
    for (const locale of ["en", "fr", "de", "es", "id"]) {
      const text = formatMoneyInput(123_456_789, "EUR", locale);
      expect(parseMoneyInput(text, "EUR", locale), locale).toBe(123_456_789);
    }
  });
});
