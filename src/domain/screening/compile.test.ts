import { describe, expect, it } from "vitest";
import { execAll, findAll } from "./compile";
import { LEXICONS } from "./compiled-lexicons";

const spansOf = (matches: Iterable<RegExpMatchArray>) =>
  [...matches].map((m) => ({ index: m.index, text: m[0], groups: [...m] }));

describe("reading every match of an expression", () => {
  const cases: [RegExp, string][] = [
    [/[a-z]+/g, "delete your review, or else!"],
    [/"([^"]*)"/g, 'he wrote "take it down now" and "or else"'],
    [/x*/g, "axxbx"],
    [/(?:)/gu, "a😀b"],
    [/\b/g, "two words"],
    [LEXICONS.en.legal, "remove your review or our lawyers will sue you for defamation"],
  ];

  it("gives what matchAll gives, empty matches included", () => {
    for (const [pattern, text] of cases) {
      expect(spansOf(execAll(pattern, text))).toEqual(spansOf(text.matchAll(pattern)));
    }
  });

  it("leaves the expression's lastIndex as it found it, and starts there as matchAll does", () => {
    const pattern = /o/g;
    pattern.lastIndex = 5;
    expect(findAll(pattern, "one two four").map((s) => s.start)).toEqual([6, 9]);
    expect(pattern.lastIndex).toBe(5);
  });

  it("refuses an expression that is not global, as matchAll does", () => {
    expect(() => execAll(/o/, "one")).toThrow(TypeError);
    expect(() => "one".matchAll(/o/)).toThrow(TypeError);
  });
});
