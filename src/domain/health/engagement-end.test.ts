import { describe, expect, it } from "vitest";
import { assessEngagement } from "./assess";
import { computeCohort, defaultCohort } from "./cohort";
import type { ExitFact, HealthFacts, MilestoneFact } from "./facts";
import { measureReliability } from "./measures";
import { NOW, factsWith } from "./test-facts";

const cohort = defaultCohort();

function milestone(id: string, dueDate: string, deliveredAt: string | null = null): MilestoneFact {
  return { id, title: id, dueDate, deliveredAt };
}

/** NOW is 2026-12-01: an exit dated 2026-11-20 has ended the engagement. */
const ENDED: ExitFact = { exitId: "x", exitDate: "2026-11-20", endedAmicablyAt: null };

function withExit(milestones: MilestoneFact[], exit: ExitFact | null = ENDED): HealthFacts {
  return factsWith({ milestones, ...(exit ? { exit } : {}) });
}

const dayAfter = (days: number) => new Date(Date.parse(NOW) + days * 86_400_000).toISOString();

describe("health after an exit has ended the engagement", () => {
  it("does not hold a milestone due after the end against the provider", () => {
    const facts = withExit([milestone("after", "2026-11-25")]);
    expect(measureReliability(facts, NOW)).toMatchObject({ k: 0, n: 0, evidence: [] });
    // Without the exit the same milestone is 6 days late and open.
    expect(measureReliability(withExit(facts.milestones, null), NOW)).toMatchObject({
      n: 2,
      evidence: [{ id: "after", value: 6 }],
    });
  });

  it("keeps a milestone late before the end late by the days up to the end, frozen there", () => {
    const facts = withExit([milestone("before", "2026-11-10")]);
    expect(measureReliability(facts, NOW)).toMatchObject({
      k: 0,
      n: 2,
      evidence: [{ id: "before", value: 10 }],
    });
    // A delivery after the end does not move what the end froze.
    const late = withExit([milestone("before", "2026-11-10", "2026-11-28T10:00:00.000Z")]);
    expect(measureReliability(late, NOW).evidence).toEqual(measureReliability(facts, NOW).evidence);
  });

  it("ends on the amicable end when it comes before the exit date", () => {
    const amicable = {
      exitId: "x",
      exitDate: "2026-12-20",
      endedAmicablyAt: "2026-11-22T09:00:00Z",
    };
    const facts = withExit([milestone("after", "2026-11-25")], amicable);
    expect(measureReliability(facts, NOW)).toMatchObject({ n: 0 });
  });

  it("judges as before while notice runs: the exit date not yet come", () => {
    const running = { exitId: "x", exitDate: "2026-12-20", endedAmicablyAt: null };
    const facts = withExit([milestone("late", "2026-11-25")], running);
    expect(assessEngagement(facts, NOW, cohort)).toEqual(
      assessEngagement(withExit(facts.milestones, null), NOW, cohort),
    );
  });

  it("raises no provider_late, asks no delivery, and keeps the score still day after day", () => {
    const facts = withExit([milestone("before", "2026-11-10"), milestone("after", "2026-11-25")]);
    const today = assessEngagement(facts, NOW, cohort);
    expect(today.warnings.map((w) => w.code)).not.toContain("provider_late");
    expect(today.provider.improvement?.action).not.toBe("deliver_milestone");
    expect(assessEngagement(facts, dayAfter(2), cohort).provider.score).toBe(today.provider.score);
    // Before the exit date the same engagement was asked to deliver, and flagged late.
    const before = assessEngagement(facts, "2026-11-19T12:00:00.000Z", cohort);
    expect(before.warnings.map((w) => w.code)).toContain("provider_late");
    expect(before.provider.improvement?.action).toBe("deliver_milestone");
  });

  it("counts the cohort's reliability as the score does: as the milestones stood on the end", () => {
    const facts = withExit([milestone("after", "2026-11-25")]);
    expect(computeCohort([facts], NOW).priors.provider.reliability).toBe(
      defaultCohort().priors.provider.reliability,
    );
    expect(computeCohort([withExit(facts.milestones, null)], NOW).priors.provider.reliability).toBe(
      0,
    );
  });
});
