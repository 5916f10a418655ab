import { describe, expect, it } from "vitest";
import { correctionNextStep, measuredBeforeGoal, sameMeasurement } from "./goal";

describe("the day a goal's value is measured on", () => {
  const goal = { startedOn: "2026-03-10" };

  it("is the day the goal was set or any later one", () => {
    expect(measuredBeforeGoal("2026-03-10", goal)).toBeNull();
    expect(measuredBeforeGoal("2026-04-01", goal)).toBeNull();
  });

  it("is never before the goal was set, naming that day", () => {
    expect(measuredBeforeGoal("2026-03-09", goal)).toBe("2026-03-10");
    expect(measuredBeforeGoal("1900-01-01", goal)).toBe("2026-03-10");
  });
});

describe("what follows a correction", () => {
  it("is a talk and a new correction once disputed, never a dispute of the value", () => {
    expect(correctionNextStep("disputed")).toBe("discuss_then_correct");
    expect(correctionNextStep("proposed")).toBeNull();
    expect(correctionNextStep("confirmed")).toBeNull();
  });
});

describe("the same value measured again", () => {
  const measured = (value: number, measuredOn: string, correctedValue: number | null = null) => ({
    id: `${value}-${measuredOn}`,
    value,
    correctedValue,
    measuredOn,
  });

  it("finds the day's measurement of that value, as it counts after a correction", () => {
    const measurements = [measured(2.1, "2026-12-03"), measured(2.6, "2026-12-04", 2.4)];
    expect(sameMeasurement(measurements, 2.1, "2026-12-03")).toBe(measurements[0]);
    expect(sameMeasurement(measurements, 2.4, "2026-12-04")).toBe(measurements[1]);
    expect(sameMeasurement(measurements, 2.6, "2026-12-04")).toBeUndefined();
  });

  it("lets another value on the day, or the value on another day, be measured", () => {
    const measurements = [measured(2.1, "2026-12-03")];
    expect(sameMeasurement(measurements, 2.3, "2026-12-03")).toBeUndefined();
    expect(sameMeasurement(measurements, 2.1, "2026-12-04")).toBeUndefined();
  });
});
