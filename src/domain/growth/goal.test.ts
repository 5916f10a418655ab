import { describe, expect, it } from "vitest";
import { correctionNextStep, measuredBeforeGoal } from "./goal";

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
