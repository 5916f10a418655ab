import { GROWTH } from "../health/growth-constants";
import type { StagnationFacts } from "./stagnation-facts";
import { progressOf } from "./trajectory";

export type StagnationSignalCode =
  "no_initiative" | "goals_flat" | "ratings_not_rising" | "only_recurring_invoices";

/** What to do about a signal, worded by the reader's catalogue like every warning's next step. */
export type StagnationNextStep =
  "set_new_goal" | "discuss_goals" | "talk_in_review" | "offer_next_phase";

export interface StagnationSignal {
  code: StagnationSignalCode;
  isOn: boolean;
  values: Record<string, number>;
  evidence: { kind: "goal" | "invoice"; id: string }[];
  nextStep: StagnationNextStep;
}

export interface StagnationAssessment {
  isStagnant: boolean;
  /** Whether a review of the relationship may open now (stagnant, none open, none lately). */
  isReviewDue: boolean;
  quietDays: number;
  signals: StagnationSignal[];
}

const DAY_MS = 86_400_000;
const S = GROWTH.stagnation;

function roundTiny(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

function daysSince(at: string, now: Date): number {
  return (now.getTime() - Date.parse(at)) / DAY_MS;
}

function goalsFlat(facts: StagnationFacts, now: Date): StagnationSignal {
  const windowStart = new Date(now.getTime() - S.goalsFlat.windowDays * DAY_MS);
  const startDay = windowStart.toISOString().slice(0, 10);
  const eligible = Object.entries(facts.goals).filter(
    ([, g]) => Date.parse(g.setAt) <= windowStart.getTime(),
  );
  const gains = eligible.map(([id, goal]) => {
    const sorted = [...goal.values].sort((a, b) => a.day.localeCompare(b.day));
    const before = sorted.filter((v) => v.day <= startDay).at(-1);
    const latest = sorted.at(-1);
    const from = before ? progressOf(goal, before.value) : 0;
    const to = latest ? progressOf(goal, latest.value) : 0;
    // Rounded so 0.25 − 0.20 is 0.05, not 0.0499999…: thresholds are met exactly.
    return { id, gain: roundTiny(to - from) };
  });
  const best = gains.reduce((max, g) => Math.max(max, g.gain), Number.NEGATIVE_INFINITY);
  return {
    code: "goals_flat",
    isOn: gains.length > 0 && best < S.goalsFlat.minProgressGain,
    values: {
      goalCount: gains.length,
      windowDays: S.goalsFlat.windowDays,
      bestGainPercent: gains.length > 0 ? Math.round(best * 1000) / 10 : 0,
    },
    evidence: gains.map((g) => ({ kind: "goal", id: g.id })),
    nextStep: "discuss_goals",
  };
}

function ratingsNotRising(checkInMeans: readonly number[]): StagnationSignal {
  const last = checkInMeans.slice(-S.ratings.checkIns);
  const rise = last.length > 0 ? roundTiny((last.at(-1) ?? 0) - (last[0] ?? 0)) : 0;
  return {
    code: "ratings_not_rising",
    isOn: last.length === S.ratings.checkIns && rise < S.ratings.minRise,
    // Never the ratings themselves: check-in answers stay private.
    values: { checkIns: last.length },
    evidence: [],
    nextStep: "talk_in_review",
  };
}

function onlyRecurringInvoices(facts: StagnationFacts, now: Date): StagnationSignal {
  const fromDay = new Date(now.getTime() - S.recurringInvoices.windowDays * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const recent = facts.invoices.filter((i) => i.issueDate >= fromDay);
  return {
    code: "only_recurring_invoices",
    isOn:
      recent.length >= S.recurringInvoices.minInvoices &&
      recent.every((i) => i.sourceKind === "retainer"),
    values: { invoiceCount: recent.length, windowDays: S.recurringInvoices.windowDays },
    evidence: recent.map((i) => ({ kind: "invoice", id: i.invoiceId })),
    nextStep: "offer_next_phase",
  };
}

/**
 * Has an engagement in force drifted into inertia on `now`? "Nothing happens" is the core: no
 * new goal, amendment, accepted milestone, change request or offer for `quietDays`. It is
 * stagnation when a second signal agrees (goals flat, check-in ratings flat or falling, only
 * recurring invoices) or when the silence has lasted `longQuietDays`. Every signal carries its
 * values, its evidence and a next step, whether on or off, so the rule explains itself.
 */
export function assessStagnation(
  facts: StagnationFacts,
  checkInMeans: readonly number[],
  now: Date,
): StagnationAssessment {
  const since = facts.lastInitiativeAt ?? facts.activeSince;
  const quietDays = since ? Math.floor(daysSince(since, now)) : 0;
  const isQuiet =
    since !== null && facts.activeSince !== null && daysSince(since, now) >= S.quietDays;
  const quiet: StagnationSignal = {
    code: "no_initiative",
    isOn: isQuiet,
    values: { days: quietDays, thresholdDays: S.quietDays },
    evidence: [],
    nextStep: "set_new_goal",
  };
  const corroborating = [
    goalsFlat(facts, now),
    ratingsNotRising(checkInMeans),
    onlyRecurringInvoices(facts, now),
  ];
  const isLong = since !== null && daysSince(since, now) >= S.longQuietDays;
  const isStagnant = isQuiet && (isLong || corroborating.some((s) => s.isOn));
  const isCooledDown =
    facts.lastReviewOpenedAt === null ||
    daysSince(facts.lastReviewOpenedAt, now) >= S.reviewCooldownDays;
  return {
    isStagnant,
    isReviewDue: isStagnant && !facts.isReviewOpen && isCooledDown,
    quietDays,
    signals: [quiet, ...corroborating],
  };
}
