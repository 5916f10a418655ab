import { describe, expect, it } from "vitest";
import { progressLine } from "./progress-bar";

describe("the generator's progress line", () => {
  it("shows the share done, the rate and the time left at that rate", () => {
    expect(progressLine(25, 100, 10_000, "engagements")).toBe(
      "[########......................] 25/100 engagements  2.5/s  ETA 0:30",
    );
    expect(progressLine(1_000, 1_000_000, 1_000, "engagements")).toContain("ETA 16:39");
    expect(progressLine(100, 100, 5_000, "engagements")).toContain("ETA 0:00");
  });

  it("says the time left is unknown before anything is done", () => {
    expect(progressLine(0, 10, 0, "engagements")).toContain("ETA ?");
  });
});
