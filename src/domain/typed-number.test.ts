import { describe, expect, it } from "vitest";
import { numberSeparators, readTypedNumber, valueOfTypedNumber } from "./typed-number";

const read = (text: string, locale: string, allowsNegative = true) => {
  const reading = readTypedNumber(text, numberSeparators(locale), { allowsNegative });
  return reading.ok ? valueOfTypedNumber(reading) : reading.problem;
};

describe("numbers as people type them", () => {
  it("reads each language's own format: 1,000.50 in English, 1 000,50 in French, 1.000,50 in German", () => {
    expect(read("1,000.50", "en")).toBe(1000.5);
    expect(read("1 000,50", "fr")).toBe(1000.5);
    expect(read("1\u202f000,50", "fr")).toBe(1000.5);
    expect(read("1.000,50", "de")).toBe(1000.5);
    expect(read("1.000,50", "es")).toBe(1000.5);
    expect(read("1.000,50", "id")).toBe(1000.5);
    expect(read("1000", "en")).toBe(1000);
    expect(read("0,5", "fr")).toBe(0.5);
    expect(read("-2,5", "de")).toBe(-2.5);
    expect(read("\u22122.5", "en")).toBe(-2.5);
  });

  it("reads a comma as the language reads it: thousands in English, decimals in French", () => {
    expect(read("1,000", "en")).toBe(1000);
    expect(read("1,000", "fr")).toBe(1);
    expect(read("1,000", "de")).toBe(1);
  });

  it("calls separators another language reads otherwise ambiguous, instead of guessing", () => {
    // "1,5" would have been read as 15 in English; "1.5" as 15 in German.
    expect(read("1,5", "en")).toBe("ambiguous");
    expect(read("12,50", "en")).toBe("ambiguous");
    expect(read("1.5", "de")).toBe("ambiguous");
    expect(read("1.5", "fr")).toBe("ambiguous");
    expect(read("1.000,50", "en")).toBe("ambiguous");
    expect(read("1.000,50", "fr")).toBe("ambiguous");
    expect(read("1,000.50", "de")).toBe("ambiguous");
    expect(read("1.000.000", "en")).toBe("ambiguous");
    expect(read("1'000", "en")).toBe("ambiguous");
  });

  it("refuses what is no number", () => {
    expect(read("", "en")).toBe("unreadable");
    expect(read("abc", "en")).toBe("unreadable");
    expect(read("1e3", "en")).toBe("unreadable");
    expect(read("-3", "en", false)).toBe("unreadable");
    expect(read(".", "en")).toBe("unreadable");
  });
});
