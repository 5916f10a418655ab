import { measureResponsivenessAt, type MessageInstant } from "../messages/responsiveness";
import type { Side } from "../engagement/engagement";
import { HEALTH, type ClientInput, type ProviderInput } from "./constants";
import { deliveredOnAsJudged, judgingDay } from "./engagement-end";
import { EXPLANATION_DECIMALS, roundTo } from "./explanation-precision";
import { settledOn, type HealthFacts } from "./facts";
import { businessDaysBetween, dateOf, daysPastDue, median } from "./mechanics";

/** What an input's number rests on, by id: a reader can open each one. */
export interface Evidence {
  kind:
    | "milestone"
    | "submission"
    | "invoice"
    | "change_request"
    | "check_in"
    | "thread"
    | "fair_dealing"
    | "dispute"
    | "threat";
  id: string;
  /** What the UI shows: an invoice number, a milestone title. */
  label: string;
  /** The number this item adds: days late, business days, effort hours. */
  value: number | null;
}

/**
 * An input before it is scored: a rate of successes `k` in `n`, a plain value, or ratings
 * (sum of weighted ratings over the sum of weights). `n = 0`, a null value or no rating weight
 * mean "no evidence yet": the input is left out and the others share its weight.
 */
export type Measure =
  | { kind: "rate"; k: number; n: number; evidence: Evidence[] }
  | { kind: "value"; value: number | null; evidence: Evidence[] }
  | { kind: "rating"; sum: number; weight: number; count: number; evidence: Evidence[] };

/** Cohort facts the measures need: who rates everyone low. */
export interface RaterDiscounts {
  harshRaterOrgIds: ReadonlySet<string>;
}

export type ProviderMeasures = Record<ProviderInput, Measure>;
export type ClientMeasures = Record<ClientInput, Measure>;

/**
 * Milestones delivered by their agreed date, of those delivered or already due; after an exit's
 * end, as they stood on it (`judgingDay`).
 */
export function measureReliability(facts: HealthFacts, now: string): Measure {
  const judging = judgingDay(facts, now);
  const day = judging.day;
  let k = 0;
  let n = 0;
  const evidence: Evidence[] = [];
  for (const milestone of facts.milestones) {
    const deliveredOn = deliveredOnAsJudged(milestone, judging);
    if (deliveredOn === null && milestone.dueDate >= day) continue;
    const daysLate = daysPastDue(milestone.dueDate, deliveredOn ?? day);
    n += deliveredOn === null ? HEALTH.openLatenessWeight : 1;
    if (daysLate === 0) k += 1;
    evidence.push({ kind: "milestone", id: milestone.id, label: milestone.title, value: daysLate });
  }
  return { kind: "rate", k, n, evidence };
}

/** Deliverables whose first round was accepted (by evaluation or by silence), of those judged. */
export function measureQuality(facts: HealthFacts): Measure {
  let k = 0;
  let n = 0;
  const evidence: Evidence[] = [];
  for (const submission of facts.submissions) {
    if (submission.round !== 1 || submission.outcome === null) continue;
    n += 1;
    const isFirstTime = submission.outcome !== "changes_requested";
    if (isFirstTime) k += 1;
    evidence.push({
      kind: "submission",
      id: submission.id,
      label: submission.deliverableTitle,
      value: isFirstTime ? 1 : 0,
    });
  }
  return { kind: "rate", k, n, evidence };
}

/**
 * Requests from the other side answered within the agreed hours, of those answered or already
 * overdue (a request still inside its time counts for nothing yet). Shared with the warnings.
 */
export function measureRepliesOf(
  side: Side,
  facts: HealthFacts,
  now: string,
  since: string | null = null,
): Measure {
  // No agreed hours, no measure: said before the messages are read (this runs twice an event).
  if (!facts.responseHours) return { kind: "rate", k: 0, n: 0, evidence: [] };
  const messages: MessageInstant[] = [];
  for (const m of facts.messages) {
    if (since === null || m.at >= since) {
      messages.push({ side: m.side, thread: m.thread, atMs: Date.parse(m.at) });
    }
  }
  const measured = measureResponsivenessAt(messages, facts.responseHours, Date.parse(now))[side];
  if (measured.agreedHours === null) return { kind: "rate", k: 0, n: 0, evidence: [] };
  const within = Math.round((measured.withinAgreedShare ?? 0) * measured.answered);
  const threads = [...new Set(facts.messages.map((m) => m.thread))];
  return {
    kind: "rate",
    k: within,
    n: measured.answered + HEALTH.openLatenessWeight * measured.overdue,
    evidence: threads.map((thread) => ({ kind: "thread", id: thread, label: thread, value: null })),
  };
}

/** Invoiced for work ÷ agreed price for the same scope (agreed price includes applied changes). */
export function measureCostAdherence(facts: HealthFacts): Measure {
  const work = facts.invoices.filter((i) => i.isForWork);
  if (facts.agreedPriceMinor === null || facts.agreedPriceMinor <= 0 || work.length === 0) {
    return { kind: "value", value: null, evidence: [] };
  }
  const invoiced = work.reduce((sum, i) => sum + i.totalMinor - i.creditedMinor, 0);
  return {
    kind: "value",
    value: invoiced / facts.agreedPriceMinor,
    evidence: work.map((i) => ({ kind: "invoice", id: i.id, label: i.number, value: null })),
  };
}

/** The other side's revealed private ratings of `side`, harsh raters discounted. */
export function measureSatisfaction(
  side: Side,
  facts: HealthFacts,
  discounts: RaterDiscounts,
): Measure {
  let sum = 0;
  let weight = 0;
  let count = 0;
  const evidence: Evidence[] = [];
  for (const answer of facts.checkIns) {
    if (answer.side === side) continue;
    const w = discounts.harshRaterOrgIds.has(answer.raterOrgId) ? HEALTH.harshRater.weight : 1;
    sum += w * answer.counterpartRating;
    weight += w;
    count += 1;
    // The check-in, never the answer: an individual rating is not evidence anyone may open.
    if (!evidence.some((e) => e.id === answer.checkInId)) {
      evidence.push({
        kind: "check_in",
        id: answer.checkInId,
        label: answer.answeredAt.slice(0, 10),
        value: null,
      });
    }
  }
  return { kind: "rating", sum, weight, count, evidence };
}

/**
 * Value-weighted days past due of invoices paid (or covered by payments awaiting the other
 * side's confirmation: `settledOn`), or open past their due date (counted twice).
 */
export function measurePayment(facts: HealthFacts, now: string): Measure {
  const today = dateOf(now);
  let weighted = 0;
  let total = 0;
  const evidence: Evidence[] = [];
  for (const invoice of facts.invoices) {
    const paidOn = settledOn(invoice);
    if (paidOn === null && invoice.dueDate >= today) continue;
    const amount = Math.max(1, invoice.totalMinor);
    const days = daysPastDue(invoice.dueDate, paidOn ?? today);
    weighted += amount * days * (paidOn === null ? HEALTH.openLatenessWeight : 1);
    total += amount;
    evidence.push({ kind: "invoice", id: invoice.id, label: invoice.number, value: days });
  }
  return { kind: "value", value: total === 0 ? null : weighted / total, evidence };
}

/** Effort the client asked for beyond scope and never got priced and approved, in hours. */
export function unpricedDemands(facts: HealthFacts): { hours: number; evidence: Evidence[] } {
  const agreed = facts.agreedEffortHours ?? 0;
  let hours = 0;
  const evidence: Evidence[] = [];
  for (const change of facts.changeRequests) {
    if (change.proposedSide !== "client") continue;
    if (change.state !== "proposed" && change.state !== "priced") continue;
    const effort = change.effortHours ?? agreed * HEALTH.client.unpricedDemandPresumedShare;
    hours += effort;
    evidence.push({
      kind: "change_request",
      id: change.id,
      label: `#${change.number} ${change.title}`,
      // A presumed effort is a share of the agreed one: read to a tenth of an hour.
      value: roundTo(effort, EXPLANATION_DECIMALS.evidence),
    });
  }
  return { hours, evidence };
}

/** Unpriced change effort ÷ agreed effort (`u`); priced, approved changes cost nothing. */
export function measureScopeStability(facts: HealthFacts): Measure {
  if (facts.agreedEffortHours === null || facts.agreedEffortHours <= 0) {
    return { kind: "value", value: null, evidence: [] };
  }
  const demands = unpricedDemands(facts);
  return {
    kind: "value",
    value: demands.hours / facts.agreedEffortHours,
    evidence: demands.evidence,
  };
}

/**
 * Median business days from submission to evaluation. A round still waiting counts once it has
 * waited longer than the amber line, so silence cannot look fast.
 */
export function measureFeedbackLatency(facts: HealthFacts, now: string): Measure {
  const waits: number[] = [];
  const evidence: Evidence[] = [];
  for (const submission of facts.submissions) {
    const days = businessDaysBetween(submission.submittedAt, submission.decidedAt ?? now);
    if (
      submission.decidedAt === null &&
      days <= HEALTH.warnings.evaluationPending.amberBusinessDays
    ) {
      continue;
    }
    waits.push(submission.decidedAt === null ? days * HEALTH.openLatenessWeight : days);
    evidence.push({
      kind: "submission",
      id: submission.id,
      label: submission.deliverableTitle,
      value: days,
    });
  }
  return { kind: "value", value: median(waits), evidence };
}

/** Pay cut without scope cut, unpaid spec work asked, "faster payment if you take less". */
export function measureFairDealing(facts: HealthFacts): Measure {
  return {
    kind: "value",
    value: facts.fairDealing.length,
    evidence: facts.fairDealing.map((f) => ({
      kind: "fair_dealing",
      id: f.id,
      label: f.kind,
      value: null,
    })),
  };
}

export function measureProvider(
  facts: HealthFacts,
  now: string,
  discounts: RaterDiscounts,
): ProviderMeasures {
  return {
    reliability: measureReliability(facts, now),
    quality: measureQuality(facts),
    satisfaction: measureSatisfaction("provider", facts, discounts),
    responsiveness: measureRepliesOf("provider", facts, now),
    costAdherence: measureCostAdherence(facts),
  };
}

export function measureClient(
  facts: HealthFacts,
  now: string,
  discounts: RaterDiscounts,
): ClientMeasures {
  return {
    payment: measurePayment(facts, now),
    scopeStability: measureScopeStability(facts),
    satisfaction: measureSatisfaction("client", facts, discounts),
    feedbackLatency: measureFeedbackLatency(facts, now),
    fairDealing: measureFairDealing(facts),
  };
}
