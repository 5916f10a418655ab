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

  it("reads a group only after a first group of one to three digits not starting with zero", () => {
    // "0,500" is no thousands: read as 500 it would have been a thousand times what was meant.
    expect(read("0,500", "en")).toBe("ambiguous");
    expect(read("0.500", "de")).toBe("ambiguous");
    expect(read("0.500", "id")).toBe("ambiguous");
    expect(read("012,000", "en")).toBe("ambiguous");
    expect(read("2.125", "de")).toBe(2125);
    expect(read("0,500", "de")).toBe(0.5);
    expect(read("0.5", "en")).toBe(0.5);
  });

  it("reads spaces only between groups of three digits", () => {
    expect(read("1 000", "en")).toBe(1000);
    expect(read("12\u00a0000,5", "de")).toBe(12000.5);
    expect(read("1\u202f000\u202f000", "fr")).toBe(1000000);
    expect(read(" 15 ", "en")).toBe(15);
    expect(read("- 2,5", "fr")).toBe(-2.5);
    expect(read("1 5", "en")).toBe("unreadable");
    expect(read("1 00", "fr")).toBe("unreadable");
    expect(read("0 500", "fr")).toBe("unreadable");
    expect(read("1 000,5 0", "fr")).toBe("unreadable");
    expect(read("1,000 000", "en")).toBe("unreadable");
  });

  it("refuses what is no number", () => {
    expect(read("", "en")).toBe("unreadable");
    expect(read("abc", "en")).toBe("unreadable");
    expect(read("1e3", "en")).toBe("unreadable");
    expect(read("-3", "en", false)).toBe("unreadable");
    expect(read(".", "en")).toBe("unreadable");
  });
});
