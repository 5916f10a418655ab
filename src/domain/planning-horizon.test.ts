import { describe, expect, it } from "vitest";
import { beyondPlanningHorizon, latestPlannedDay, termsDayBeyondHorizon } from "./planning-horizon";

describe("the days that may be planned", () => {
  it("reach ten years ahead, the 28th of February for a 29th whose year is not a leap year", () => {
    expect(latestPlannedDay("2026-12-04")).toBe("2036-12-04");
    expect(latestPlannedDay("2028-02-29")).toBe("2038-02-28");
    expect(latestPlannedDay("2030-02-28")).toBe("2040-02-28");
  });

  it("take the last day and refuse the next, naming the limit", () => {
    expect(beyondPlanningHorizon("2036-12-04", "2026-12-04")).toBeNull();
    expect(beyondPlanningHorizon("2036-12-05", "2026-12-04")).toBe("2036-12-04");
    expect(beyondPlanningHorizon("9999-12-31", "2026-12-04")).toBe("2036-12-04");
  });

  it("name the first due date of agreed terms past the horizon, responsibilities included", () => {
    const terms = {
      milestones: [{ dueDate: "2027-01-15" }, { dueDate: "2027-03-01" }],
      clientResponsibilities: [{ dueDate: null }, { dueDate: "2206-01-10" }],
      providerResponsibilities: [{ dueDate: "2030-01-01" }],
    };
    expect(termsDayBeyondHorizon(terms, "2026-12-04")).toEqual({
      path: "clientResponsibilities.1.dueDate",
      day: "2206-01-10",
      limit: "2036-12-04",
    });
    const far = { milestones: [{ dueDate: "2027-01-15" }, { dueDate: "3026-03-01" }] };
    expect(termsDayBeyondHorizon(far, "2026-12-04")).toMatchObject({
      path: "milestones.1.dueDate",
    });
    expect(termsDayBeyondHorizon({ milestones: terms.milestones }, "2026-12-04")).toBeNull();
  });
});
