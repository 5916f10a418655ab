import { describe, expect, it } from "vitest";
import { engagementCompletion, isWorkComplete, type CompletionStep } from "./engagement-completion";

const inForce = (at: string, ...milestoneIds: string[]): CompletionStep => ({
  type: "agreement.in_force",
  at,
  milestoneIds,
});
const accepted = (at: string, milestoneId: string): CompletionStep => ({
  type: "milestone.accepted",
  at,
  milestoneId,
});
const day = (d: number) => `2027-01-${String(d).padStart(2, "0")}T10:00:00.000Z`;
const LATER = new Date("2027-06-01T00:00:00.000Z");

describe("when an engagement completes", () => {
  it("completes at the acceptance of the last of its milestones, in whatever order", () => {
    for (const [first, second] of [
      ["m1", "m2"],
      ["m2", "m1"],
    ] as const) {
      const steps = [
        inForce(day(1), "m1", "m2"),
        accepted(day(5), first),
        accepted(day(9), second),
      ];
      expect(engagementCompletion(steps, null, LATER)).toEqual({
        status: "completed",
        at: day(9),
      });
    }
  });

  it("stays open while a milestone waits, and says how many are accepted", () => {
    const steps = [inForce(day(1), "m1", "m2"), accepted(day(5), "m2")];
    expect(engagementCompletion(steps, null, LATER)).toEqual({
      status: "open",
      acceptedCount: 1,
      milestoneCount: 2,
    });
    expect(engagementCompletion([], null, LATER)).toEqual({
      status: "open",
      acceptedCount: 0,
      milestoneCount: 0,
    });
  });

  it("never completes an agreement without milestones (it is reviewed at its exit)", () => {
    expect(engagementCompletion([inForce(day(1))], null, LATER)).toMatchObject({
      status: "open",
      milestoneCount: 0,
    });
  });

  it("counts a version that added a milestone before the last acceptance with its new one", () => {
    const steps = [
      inForce(day(1), "m1", "m2"),
      accepted(day(5), "m1"),
      inForce(day(6), "m1", "m2", "m3"),
      accepted(day(9), "m2"),
    ];
    expect(engagementCompletion(steps, null, LATER)).toEqual({
      status: "open",
      acceptedCount: 2,
      milestoneCount: 3,
    });
    expect(engagementCompletion([...steps, accepted(day(20), "m3")], null, LATER)).toEqual({
      status: "completed",
      at: day(20),
    });
  });

  it("keeps a completion reached before a change added a milestone after it", () => {
    const steps = [
      inForce(day(1), "m1"),
      accepted(day(5), "m1"),
      inForce(day(12), "m1", "n1"),
      accepted(day(20), "n1"),
    ];
    expect(engagementCompletion(steps, null, LATER)).toEqual({ status: "completed", at: day(5) });
  });

  it("completes when an amendment drops the last milestone still open", () => {
    const steps = [inForce(day(1), "m1", "m2"), accepted(day(5), "m1"), inForce(day(7), "m1")];
    expect(engagementCompletion(steps, null, LATER)).toEqual({ status: "completed", at: day(7) });
  });

  it("reads the ledger up to the clock: before the last acceptance the engagement is open", () => {
    const steps = [inForce(day(1), "m1", "m2"), accepted(day(5), "m1"), accepted(day(9), "m2")];
    expect(engagementCompletion(steps, null, new Date(day(8)))).toMatchObject({
      status: "open",
      acceptedCount: 1,
    });
    expect(engagementCompletion(steps, null, new Date(day(9)))).toEqual({
      status: "completed",
      at: day(9),
    });
  });

  it("orders steps of one instant by the ledger, not by time", () => {
    const at = day(3);
    expect(
      engagementCompletion(
        [inForce(at, "m1"), accepted(at, "m1"), { type: "exit.ended_amicably", at }],
        null,
        LATER,
      ),
    ).toEqual({ status: "completed", at });
    expect(
      engagementCompletion(
        [inForce(at, "m1"), { type: "exit.ended_amicably", at }, accepted(at, "m1")],
        null,
        LATER,
      ),
    ).toEqual({ status: "ended_by_exit" });
  });

  it("leaves an engagement whose exit completed first to its exit's review", () => {
    const steps = [inForce(day(1), "m1", "m2"), accepted(day(5), "m1"), accepted(day(20), "m2")];
    const exitDate = "2027-01-15T00:00:00.000Z";
    expect(engagementCompletion(steps, exitDate, LATER)).toEqual({ status: "ended_by_exit" });
    expect(engagementCompletion(steps.slice(0, 2), exitDate, LATER)).toEqual({
      status: "ended_by_exit",
    });
    // Before the exit date comes, the engagement is merely open.
    expect(engagementCompletion(steps.slice(0, 2), exitDate, new Date(day(10)))).toMatchObject({
      status: "open",
    });
    // Completed before the exit date, it stays completed when the exit comes.
    const early = [inForce(day(1), "m1"), accepted(day(5), "m1")];
    expect(engagementCompletion(early, exitDate, LATER)).toEqual({
      status: "completed",
      at: day(5),
    });
  });
});

describe("whether an agreement's work is complete", () => {
  const acceptedOnes = new Set(["m1", "m2"]);
  const isAccepted = (id: string) => acceptedOnes.has(id);

  it("is complete when each milestone it names is accepted, and not while one waits", () => {
    expect(isWorkComplete(["m1", "m2"], isAccepted)).toBe(true);
    expect(isWorkComplete(["m1", "m2", "m3"], isAccepted)).toBe(false);
  });

  it("is never complete without milestones: a retainer ends by its exit only", () => {
    expect(isWorkComplete([], isAccepted)).toBe(false);
  });
});
