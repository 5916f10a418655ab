import { describe, expect, it } from "vitest";
import { assessStagnation, type StagnationSignalCode } from "./stagnation";
import {
  EMPTY_STAGNATION_FACTS,
  foldStagnationFacts,
  type StagnationFacts,
  type TimedEvent,
} from "./stagnation-facts";

const DAY_MS = 86_400_000;
const START = Date.parse("2027-01-01T00:00:00.000Z");
/** The clock moved `days` after 1 January 2027. */
const after = (days: number) => new Date(START + days * DAY_MS);
const at = (days: number) => after(days).toISOString();
const day = (days: number) => at(days).slice(0, 10);

const inForce: StagnationFacts = { ...EMPTY_STAGNATION_FACTS, activeSince: at(0) };

function signal(
  facts: StagnationFacts,
  code: StagnationSignalCode,
  now: Date,
  means: number[] = [],
) {
  const found = assessStagnation(facts, means, now).signals.find((s) => s.code === code);
  if (!found) throw new Error(`no ${code} signal`);
  return found;
}

/** A goal from 0 to 100, set on day 0, with values on the given days. */
function withGoal(values: [number, number][]): StagnationFacts {
  return {
    ...inForce,
    lastInitiativeAt: at(0),
    goals: {
      g1: {
        baseline: 0,
        target: 100,
        setAt: at(0),
        values: values.map(([d, value]) => ({ measurementId: `m${d}`, day: day(d), value })),
      },
    },
  };
}

describe("stagnation: nothing new for 60 days", () => {
  it("is off at 59.9 days of silence and on at 60", () => {
    expect(signal(inForce, "no_initiative", new Date(START + 60 * DAY_MS - 3_600_000)).isOn).toBe(
      false,
    );
    const on = signal(inForce, "no_initiative", after(60));
    expect(on).toMatchObject({ isOn: true, values: { days: 60, thresholdDays: 60 } });
  });

  it("counts from the last initiative, not from the start", () => {
    const facts = { ...inForce, lastInitiativeAt: at(30) };
    expect(signal(facts, "no_initiative", after(89)).isOn).toBe(false);
    expect(signal(facts, "no_initiative", after(90)).isOn).toBe(true);
  });

  it("never judges an engagement with no agreement in force", () => {
    expect(assessStagnation(EMPTY_STAGNATION_FACTS, [], after(400)).isStagnant).toBe(false);
  });
});

describe("stagnation: goals flat over 60 days", () => {
  it("is on when the best goal gained just under 5 % of its way in the window, off at 5 %", () => {
    // On day 100 the window starts on day 40, where the goal stood at 20 (0.20 of the way).
    expect(
      signal(
        withGoal([
          [40, 20],
          [90, 24.9],
        ]),
        "goals_flat",
        after(100),
      ),
    ).toMatchObject({
      isOn: true,
      evidence: [{ kind: "goal", id: "g1" }],
    });
    expect(
      signal(
        withGoal([
          [40, 20],
          [90, 25],
        ]),
        "goals_flat",
        after(100),
      ).isOn,
    ).toBe(false);
  });

  it("reads a goal with no value before the window from its baseline", () => {
    expect(signal(withGoal([[90, 4.9]]), "goals_flat", after(100)).isOn).toBe(true);
    expect(signal(withGoal([[90, 5]]), "goals_flat", after(100)).isOn).toBe(false);
  });

  it("leaves goals set inside the window out, and is off with no goal to judge", () => {
    expect(signal(withGoal([]), "goals_flat", after(59)).isOn).toBe(false);
    expect(signal(withGoal([]), "goals_flat", after(60)).isOn).toBe(true);
    expect(signal(inForce, "goals_flat", after(100)).isOn).toBe(false);
  });
});

describe("stagnation: check-in ratings flat or falling", () => {
  it("is on when the last three closed check-ins rose by less than half a point", () => {
    expect(signal(inForce, "ratings_not_rising", after(1), [7, 7.2, 7.4]).isOn).toBe(true);
    expect(signal(inForce, "ratings_not_rising", after(1), [7, 7.2, 7.5]).isOn).toBe(false);
    expect(signal(inForce, "ratings_not_rising", after(1), [9, 8, 6]).isOn).toBe(true);
  });

  it("needs three check-ins and never carries a rating", () => {
    expect(signal(inForce, "ratings_not_rising", after(1), [9, 6]).isOn).toBe(false);
    expect(signal(inForce, "ratings_not_rising", after(1), [9, 8, 6]).values).toEqual({
      checkIns: 3,
    });
  });
});

describe("stagnation: only recurring invoices", () => {
  const invoices = (list: [string, number, string][]): StagnationFacts => ({
    ...inForce,
    invoices: list.map(([invoiceId, d, sourceKind]) => ({
      invoiceId,
      issueDate: day(d),
      sourceKind,
    })),
  });

  it("is on from two retainer invoices in 90 days, off with one", () => {
    expect(
      signal(invoices([["i1", 50, "retainer"]]), "only_recurring_invoices", after(100)).isOn,
    ).toBe(false);
    const two = invoices([
      ["i1", 20, "retainer"],
      ["i2", 50, "retainer"],
    ]);
    expect(signal(two, "only_recurring_invoices", after(100)).isOn).toBe(true);
    // Moved a day on, the first invoice leaves the 90-day window.
    expect(signal(two, "only_recurring_invoices", after(111)).isOn).toBe(false);
  });

  it("is off when anything else was invoiced in the window", () => {
    const mixed = invoices([
      ["i1", 20, "retainer"],
      ["i2", 50, "retainer"],
      ["i3", 60, "milestone"],
    ]);
    expect(signal(mixed, "only_recurring_invoices", after(100)).isOn).toBe(false);
  });
});

describe("stagnation as a whole", () => {
  it("needs silence and a second signal, or 120 days of silence alone", () => {
    expect(assessStagnation(inForce, [], after(119)).isStagnant).toBe(false);
    expect(assessStagnation(inForce, [], after(120)).isStagnant).toBe(true);
    expect(assessStagnation(inForce, [7, 7, 7], after(60)).isStagnant).toBe(true);
    expect(assessStagnation(inForce, [7, 7, 7], after(59)).isStagnant).toBe(false);
  });

  it("asks for a review only when none is open and the last opened 90 days ago or more", () => {
    const now = after(200);
    expect(
      assessStagnation({ ...inForce, isReviewOpen: true, lastReviewOpenedAt: at(150) }, [], now)
        .isReviewDue,
    ).toBe(false);
    expect(assessStagnation({ ...inForce, lastReviewOpenedAt: at(111) }, [], now).isReviewDue).toBe(
      false,
    );
    expect(assessStagnation({ ...inForce, lastReviewOpenedAt: at(110) }, [], now).isReviewDue).toBe(
      true,
    );
  });

  it("is folded from the ledger: goals, confirmed corrections, invoices and initiatives", () => {
    const events: TimedEvent[] = [
      {
        type: "agreement.in_force",
        occurredAt: at(0),
        payload: { version: 1, contentHash: "h", supersededVersion: null },
      },
      {
        type: "goal.set",
        occurredAt: at(1),
        payload: {
          goalId: "g1",
          title: "Orders",
          baseline: 0,
          target: 100,
          unit: "",
          cadenceDays: 14,
          dueDate: null,
          source: "agreement",
          side: "client",
        },
      },
      {
        type: "goal.value_recorded",
        occurredAt: at(2),
        payload: {
          goalId: "g1",
          measurementId: "m1",
          value: 40,
          measuredOn: day(2),
          source: "x",
          side: "client",
        },
      },
      {
        type: "goal.correction_proposed",
        occurredAt: at(3),
        payload: {
          goalId: "g1",
          measurementId: "m1",
          correctionId: "c1",
          fromValue: 40,
          toValue: 30,
          side: "provider",
        },
      },
      {
        type: "goal.correction_answered",
        occurredAt: at(4),
        payload: {
          goalId: "g1",
          measurementId: "m1",
          correctionId: "c1",
          outcome: "confirmed",
          side: "client",
        },
      },
    ];
    const facts = foldStagnationFacts(events);
    expect(facts.activeSince).toBe(at(0));
    expect(facts.lastInitiativeAt).toBe(at(1));
    expect(facts.goals.g1?.values).toEqual([{ measurementId: "m1", day: day(2), value: 30 }]);
    expect(facts.pendingCorrections).toEqual({});
  });
});
