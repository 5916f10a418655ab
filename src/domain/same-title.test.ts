import { describe, expect, it } from "vitest";
import { goalTitled } from "./growth/goal";
import { isSameTitle } from "./same-title";

describe("the same title, typed again", () => {
  it("ignores the spaces around a title and its letter case, not its words", () => {
    expect(isSameTitle("Conversion", "  conversion ")).toBe(true);
    expect(isSameTitle("Ärger", "ÄRGER")).toBe(true);
    expect(isSameTitle("Conversion", "Conversion on mobile")).toBe(false);
    expect(isSameTitle("Gift cards", "Gift  cards")).toBe(false);
  });

  it("finds the goal a title repeats, with the title as it was first written", () => {
    const goals = [{ title: "Orders a month" }, { title: "Conversion" }];
    expect(goalTitled(goals, "CONVERSION ")).toEqual({ title: "Conversion" });
    expect(goalTitled(goals, "Returning customers")).toBeUndefined();
  });
});
