import { describe, expect, it } from "vitest";
import { dailyScores, publicScoreHistory } from "./score-history";

describe("a score history stored as its changes", () => {
  it("reads as one point a day per side, each score held until the next change and up to the latest assessment", () => {
    const changes = [
      { day: "2026-03-01", side: "client", score: 80 },
      { day: "2026-03-01", side: "provider", score: null },
      { day: "2026-03-03", side: "client", score: 70 },
      { day: "2026-03-04", side: "provider", score: 90 },
    ];
    expect(dailyScores(changes, "2026-03-05")).toEqual([
      { day: "2026-03-01", side: "client", score: 80 },
      { day: "2026-03-01", side: "provider", score: null },
      { day: "2026-03-02", side: "client", score: 80 },
      { day: "2026-03-02", side: "provider", score: null },
      { day: "2026-03-03", side: "client", score: 70 },
      { day: "2026-03-03", side: "provider", score: null },
      { day: "2026-03-04", side: "client", score: 70 },
      { day: "2026-03-04", side: "provider", score: 90 },
      { day: "2026-03-05", side: "client", score: 70 },
      { day: "2026-03-05", side: "provider", score: 90 },
    ]);
  });

  it("ends each side at its own latest assessment, never before its last change", () => {
    const changes = [
      { day: "2026-01-30", side: "client", score: 50 },
      { day: "2026-02-01", side: "provider", score: 60 },
    ];
    const through = (side: string) => (side === "client" ? "2026-02-01" : "2026-01-15");
    expect(dailyScores(changes, through)).toEqual([
      { day: "2026-01-30", side: "client", score: 50 },
      { day: "2026-01-31", side: "client", score: 50 },
      { day: "2026-02-01", side: "client", score: 50 },
      { day: "2026-02-01", side: "provider", score: 60 },
    ]);
    expect(dailyScores([], "2026-02-01")).toEqual([]);
  });
});

describe("a score history as a counterparty reads it", () => {
  it("starts where the side's score became public and never carries a public score over a new stretch", () => {
    const changes = [
      { day: "2026-03-01", side: "client", score: 95, wasNew: true },
      { day: "2026-03-03", side: "client", score: 70, wasNew: false },
      // Back below the minimum sample (engagements left the window): private again.
      { day: "2026-03-05", side: "client", score: 60, wasNew: true },
      { day: "2026-03-06", side: "client", score: 65, wasNew: false },
      // Written before the status was kept: unknown, so private.
      { day: "2026-03-01", side: "provider", score: 50, wasNew: null },
    ];
    expect(publicScoreHistory(changes, "2026-03-07")).toEqual([
      { day: "2026-03-03", side: "client", score: 70 },
      { day: "2026-03-04", side: "client", score: 70 },
      { day: "2026-03-06", side: "client", score: 65 },
      { day: "2026-03-07", side: "client", score: 65 },
    ]);
  });
});
