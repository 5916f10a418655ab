import { describe, expect, it } from "vitest";
import { formatGoalValue, goalChartSeries, peopleFromText } from "./growth-view";

describe("how growth reads on screen", () => {
  it("writes a percentage and other units as each language does", () => {
    expect(formatGoalValue("en", 2.6, "%")).toBe("2.6%");
    expect(formatGoalValue("fr", 2.6, "%")).toBe("2,6\u00a0%");
    expect(formatGoalValue("de", 1200, "orders")).toBe("1.200 orders");
    expect(formatGoalValue("en", 3, "")).toBe("3");
  });

  it("charts the baseline on the day the goal was set, each value that counts, and the target", () => {
    const series = goalChartSeries(
      {
        baseline: 1.8,
        target: 3,
        createdAt: "2026-10-01T09:00:00.000Z",
        trajectory: {
          points: [
            { day: "2026-10-15", value: 2.2 },
            { day: "2026-10-29", value: 2.6 },
          ],
          latest: 2.6,
          progress: 0.66,
          expectedProgress: null,
          status: "on_track",
          nextMeasurementDue: "2026-11-12",
          isMeasurementOverdue: false,
          sentence: "",
        },
      },
      { measured: "Measured", target: "Target" },
    );
    expect(series[0]?.points).toEqual([
      { at: "2026-10-01", value: 1.8 },
      { at: "2026-10-15", value: 2.2 },
      { at: "2026-10-29", value: 2.6 },
    ]);
    expect(series[1]?.points).toEqual([
      { at: "2026-10-01", value: 3 },
      { at: "2026-10-29", value: 3 },
    ]);
  });

  it("reads people named with commas", () => {
    expect(peopleFromText(" Ana, Bruno ,, ")).toEqual(["Ana", "Bruno"]);
  });
});
