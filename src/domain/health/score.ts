import type { Side } from "../engagement/engagement";
import {
  CLIENT_INPUTS,
  HEALTH,
  INPUTS_COUNTING_ONLY_WHAT_WENT_WRONG,
  PROVIDER_INPUTS,
  type HealthInput,
} from "./constants";
import type { Cohort } from "./cohort";
import {
  EXPLANATION_DECIMALS,
  RAW_DECIMALS,
  roundedOrNull,
  roundTo,
} from "./explanation-precision";
import { GROWTH } from "./growth-constants";
import type { Evidence, Measure } from "./measures";
import { normalise, percentileOf, smoothRate } from "./mechanics";
import type { RecognitionSignal } from "./recognition-signal";

export interface InputExplanation {
  input: HealthInput;
  weight: number;
  /** The measured value: a smoothed rate (0–1), days, a ratio, a smoothed mean rating, a count. */
  raw: number | null;
  /** Observed successes of the sample behind a rate, before smoothing. */
  sample: { k: number; n: number } | null;
  /** 0–100; null when there is no evidence yet (the others share its weight). */
  normalised: number | null;
  /** Points this input adds to the score (normalised × its share of the weights present). */
  contribution: number | null;
  /** The value the input is held to, when a cap applies to it (payment under long terms). */
  cappedAt: number | null;
  evidence: Evidence[];
}

export type ScoreCap =
  { reason: "verified_threat"; limit: number } | { reason: "invoice_over_60_days"; limit: number };

export interface SideScore {
  side: Side;
  /** 0–100, rounded; null when no input has evidence yet. */
  score: number | null;
  /** The weighted inputs plus recognition's points (at most 100), before the caps. */
  uncapped: number | null;
  cap: ScoreCap | null;
  inputs: InputExplanation[];
  /** Recognition received with consent: points added after the inputs, before the caps. */
  recognition: RecognitionSignal;
}

/** No recognition received: what a side without any gets. */
export const NO_RECOGNITION: RecognitionSignal = {
  count: 0,
  points: 0,
  maxPoints: GROWTH.recognition.maxPoints,
};

export interface CapFlags {
  hasVerifiedThreat: boolean;
  hasInvoiceOver60Days: boolean;
  hasLongPaymentTerms: boolean;
}

/** Each input's normalised value (0–100), or null without evidence. */
export function normaliseInput(
  side: Side,
  input: HealthInput,
  measure: Measure,
  cohort: Cohort,
): { raw: number | null; normalised: number | null } {
  const priors = cohort.priors[side];
  if (measure.kind === "rating") {
    if (measure.weight <= 0) return { raw: null, normalised: null };
    const m = HEALTH.smoothingM;
    const mean = (measure.sum + m * priors.rating) / (measure.weight + m);
    const cohortRatings = cohort.ratings[side];
    if (cohortRatings.length < HEALTH.satisfactionMinCohort) return { raw: mean, normalised: null };
    return { raw: mean, normalised: percentileOf(mean, cohortRatings) };
  }
  if (measure.kind === "rate") {
    if (measure.n <= 0) return { raw: null, normalised: null };
    const scale = SCALES[input];
    const prior =
      input === "quality"
        ? priors.quality
        : input === "responsiveness"
          ? priors.responsiveness
          : priors.reliability;
    const rate = smoothRate(measure.k, measure.n, prior);
    return { raw: rate, normalised: normalise(rate, scale.floor, scale.target) };
  }
  if (measure.value === null) return { raw: null, normalised: null };
  if (input === "fairDealing") {
    return {
      raw: measure.value,
      normalised: Math.max(0, 100 - HEALTH.client.fairDealingPenalty * measure.value),
    };
  }
  const scale = SCALES[input];
  return { raw: measure.value, normalised: normalise(measure.value, scale.floor, scale.target) };
}

/** Floor and target of each input scored on a line (satisfaction and fair dealing are not). */
const SCALES: Record<HealthInput, { floor: number; target: number }> = {
  reliability: HEALTH.provider.reliability,
  quality: HEALTH.provider.quality,
  responsiveness: HEALTH.provider.responsiveness,
  costAdherence: HEALTH.provider.costAdherence,
  payment: HEALTH.client.payment,
  scopeStability: HEALTH.client.scopeStability,
  feedbackLatency: HEALTH.client.feedbackLatency,
  satisfaction: { floor: 0, target: 10 },
  fairDealing: { floor: 4, target: 0 },
};

/** A side's inputs in their scoring order, with their weights. */
function sideInputs(side: Side): {
  weights: Record<string, number>;
  names: readonly HealthInput[];
} {
  return side === "provider"
    ? { weights: HEALTH.provider.weights, names: PROVIDER_INPUTS }
    : { weights: HEALTH.client.weights, names: CLIENT_INPUTS };
}

/**
 * A side's score from its measures: each input normalised, weighted by the table, the weights
 * of inputs without evidence shared among the others, plus recognition's few points (at most
 * 100), then capped (a verified threat at 40, an invoice over 60 days overdue at 50 for the
 * client; terms over 60 days hold payment at 70). Recognition never enters an input, so no
 * praise stands in for payment, and it gives no score to a side without evidence.
 */
export function scoreSide(
  side: Side,
  measures: Partial<Record<HealthInput, Measure>>,
  cohort: Cohort,
  flags: CapFlags,
  recognition: RecognitionSignal = NO_RECOGNITION,
): SideScore {
  const { weights, names } = sideInputs(side);
  const rows = names.map((input) => {
    const measure = measures[input];
    if (!measure) throw new Error(`missing measure ${input}`);
    const { raw, held, isHeld } = heldInput(side, input, measure, cohort, flags);
    return {
      input,
      weight: weights[input] ?? 0,
      raw,
      sample: measure.kind === "rate" ? { k: measure.k, n: measure.n } : null,
      normalised: held,
      cappedAt: isHeld ? HEALTH.client.longTermsPaymentCap : null,
      evidence: measure.evidence,
    };
  });
  const present = rows.filter((r) => r.normalised !== null);
  const weightPresent = present.some((r) => isEvidence(r.input, r.raw))
    ? present.reduce((sum, r) => sum + r.weight, 0)
    : 0;
  const contributions = rows.map((r) =>
    r.normalised === null || weightPresent === 0 ? null : (r.normalised * r.weight) / weightPresent,
  );
  // Field by field, not `{ ...r, contribution }`: see `emptyFacts` (facts.ts) on V8's spread.
  // Rounded as the page reads them; the score below adds the exact contributions.
  const inputs: InputExplanation[] = rows.map((r, index) => ({
    input: r.input,
    weight: r.weight,
    raw: roundedOrNull(r.raw, RAW_DECIMALS[r.input]),
    sample: r.sample && {
      k: roundTo(r.sample.k, EXPLANATION_DECIMALS.sample),
      n: roundTo(r.sample.n, EXPLANATION_DECIMALS.sample),
    },
    normalised: roundedOrNull(r.normalised, EXPLANATION_DECIMALS.normalised),
    cappedAt: r.cappedAt,
    evidence: r.evidence,
    contribution: roundedOrNull(contributions[index] ?? null, EXPLANATION_DECIMALS.contribution),
  }));
  if (weightPresent === 0) {
    return { side, score: null, uncapped: null, cap: null, inputs, recognition };
  }
  const weighted = contributions.reduce<number>((sum, c) => sum + (c ?? 0), 0);
  const uncapped = Math.min(100, weighted + recognition.points);
  const cap = capOf(side, flags);
  const capped = cap ? Math.min(uncapped, cap.limit) : uncapped;
  return {
    side,
    score: Math.round(capped),
    uncapped,
    cap: cap && uncapped > cap.limit ? cap : null,
    inputs,
    recognition,
  };
}

/**
 * Whether a present input says something the side did: any measured input, but one counting
 * only what went wrong says so only once something did (its raw count or share above 0).
 */
function isEvidence(input: HealthInput, raw: number | null): boolean {
  if (raw === null) return false;
  return !INPUTS_COUNTING_ONLY_WHAT_WENT_WRONG.has(input) || raw > 0;
}

/** An input normalised, no evidence when not a number, payment held under long terms. */
function heldInput(
  side: Side,
  input: HealthInput,
  measure: Measure,
  cohort: Cohort,
  flags: CapFlags,
): { raw: number | null; held: number | null; isHeld: boolean } {
  const measured = normaliseInput(side, input, measure, cohort);
  // A value that is not a number is no evidence (a malformed fact must not poison the score).
  const isFinite = measured.normalised !== null && Number.isFinite(measured.normalised);
  const raw = isFinite ? measured.raw : null;
  const normalised = isFinite ? measured.normalised : null;
  const isHeld = input === "payment" && flags.hasLongPaymentTerms && normalised !== null;
  const held = isHeld ? Math.min(normalised, HEALTH.client.longTermsPaymentCap) : normalised;
  return { raw, held, isHeld };
}

/**
 * `scoreSide(…).score` alone, without the explanation: the same arithmetic in the same order
 * (weights present summed first, then each contribution), so the number is the same to the bit;
 * what the standing kept on every event needs (the property test compares it with the full
 * assessment's).
 */
export function scoreValue(
  side: Side,
  measures: Partial<Record<HealthInput, Measure>>,
  cohort: Cohort,
  flags: CapFlags,
  recognition: RecognitionSignal = NO_RECOGNITION,
): number | null {
  const { weights, names } = sideInputs(side);
  const held: (number | null)[] = [];
  let weightPresent = 0;
  let hasEvidence = false;
  for (const input of names) {
    const measure = measures[input];
    if (!measure) throw new Error(`missing measure ${input}`);
    const { raw, held: value } = heldInput(side, input, measure, cohort, flags);
    held.push(value);
    if (value !== null) weightPresent += weights[input] ?? 0;
    if (value !== null && isEvidence(input, raw)) hasEvidence = true;
  }
  if (weightPresent === 0 || !hasEvidence) return null;
  let weighted = 0;
  names.forEach((input, index) => {
    const value = held[index] ?? null;
    weighted += value === null ? 0 : (value * (weights[input] ?? 0)) / weightPresent;
  });
  const uncapped = Math.min(100, weighted + recognition.points);
  const cap = capOf(side, flags);
  return Math.round(cap ? Math.min(uncapped, cap.limit) : uncapped);
}

function capOf(side: Side, flags: CapFlags): ScoreCap | null {
  const caps: ScoreCap[] = [];
  if (flags.hasVerifiedThreat) caps.push({ reason: "verified_threat", limit: HEALTH.caps.threat });
  if (side === "client" && flags.hasInvoiceOver60Days) {
    caps.push({ reason: "invoice_over_60_days", limit: HEALTH.caps.overdueInvoice });
  }
  return caps.sort((a, b) => a.limit - b.limit)[0] ?? null;
}
