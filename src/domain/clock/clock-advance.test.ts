import { describe, expect, it } from "vitest";
import { describeOffset, parseAdvance } from "./clock-advance";

describe("a test clock's advance", () => {
  it("reads days, hours, minutes and their combinations as seconds", () => {
    expect(parseAdvance("15d")).toBe(15 * 86_400);
    expect(parseAdvance("36h")).toBe(36 * 3_600);
    expect(parseAdvance("90m")).toBe(90 * 60);
    expect(parseAdvance(" 1d 12h ")).toBe(86_400 + 12 * 3_600);
    expect(parseAdvance("2D")).toBe(2 * 86_400);
  });

  it("refuses what is not a forward duration, or more than a year and a day at once", () => {
    const refused = ["", "15", "d", "-1d", "0d", "1.5d", "1w", "15 days", "367d"];
    // Each unit once, largest first: "1d1d" or "12h1d" is a typing slip, not a duration.
    for (const text of [...refused, "1d1d", "12h1d", "30m2h"]) {
      expect(parseAdvance(text), text).toBeUndefined();
    }
    expect(parseAdvance("366d")).toBe(366 * 86_400);
  });

  it("describes an offset in days, hours and minutes", () => {
    expect(describeOffset(0)).toBe("0m");
    expect(describeOffset(15 * 86_400 + 4 * 3_600)).toBe("15d 4h");
    expect(describeOffset(90 * 60)).toBe("1h 30m");
  });
});
