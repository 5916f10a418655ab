import { describe, expect, it } from "vitest";
import { goalTitled } from "./growth/goal";
import { isSameText } from "./same-text";

describe("the same text, typed again", () => {
  it("ignores the spaces around a text and its letter case, not its words", () => {
    expect(isSameText("Conversion", "  conversion ")).toBe(true);
    expect(isSameText("Ärger", "ÄRGER")).toBe(true);
    // "Café" with é as one character, and as e and a combining accent.
    expect(isSameText("Caf\u00e9", "Cafe\u0301")).toBe(true);
    expect(isSameText("Conversion", "Conversion on mobile")).toBe(false);
    expect(isSameText("Gift cards", "Gift  cards")).toBe(false);
  });

  it("finds the goal a title repeats, with the title as it was first written", () => {
    const goals = [{ title: "Orders a month" }, { title: "Conversion" }];
    expect(goalTitled(goals, "CONVERSION ")).toEqual({ title: "Conversion" });
    expect(goalTitled(goals, "Returning customers")).toBeUndefined();
  });
});
