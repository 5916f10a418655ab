import { describe, expect, it } from "vitest";
import { formatOffsets, readOffsets } from "./reminder-offsets";

describe("the reminder schedule typed as days from the due date", () => {
  it("reads days before (negative), on (0) and after (positive) the due date", () => {
    expect(readOffsets("-7, -1, 1, 7, 14")).toEqual({ ok: true, offsets: [-7, -1, 1, 7, 14] });
    expect(readOffsets(" −3;0 +2 ")).toEqual({ ok: true, offsets: [-3, 0, 2] });
  });

  it("reads an empty text as no reminders at all", () => {
    expect(readOffsets("  ")).toEqual({ ok: true, offsets: [] });
  });

  it("names every part that is not a whole number of days", () => {
    expect(readOffsets("-7, 1.5, week, 14")).toEqual({ ok: false, unreadable: ["1.5", "week"] });
  });

  it("writes a schedule back in the same form", () => {
    expect(formatOffsets([-7, -1, 1, 7, 14])).toBe("-7, -1, 1, 7, 14");
  });
});
