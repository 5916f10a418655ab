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

  it("judges the time left by the current phase's rate, not by a slower phase before it", () => {
    // 40 engagements took 30 s through the use-cases; 960 copies then took 2 s more.
    const line = progressLine(1_000, 10_000, 32_000, "engagements", {
      done: 40,
      elapsedMs: 30_000,
    });
    expect(line).toContain("480.0/s");
    expect(line).toContain("ETA 0:19");
  });
});
