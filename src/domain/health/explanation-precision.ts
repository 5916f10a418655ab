import type { HealthInput } from "./constants";

/**
 * How many decimals each number of a score's explanation is given to: the precision the health
 * tab reads it at, so the API says what the page shows and no floating-point remainder
 * (`70.00000000000001`) leaves the server. Only the explanation is rounded; the score is
 * computed from the exact values (and `scoreValue` stays equal to it to the bit).
 */
export const EXPLANATION_DECIMALS = {
  /** 0–100, shown whole. */
  normalised: 0,
  /** Points of the score, shown to a tenth. */
  contribution: 1,
  /** Successes and trials; an organisation's are weighted by recency, so fractional. */
  sample: 1,
  /** An evidence item's number: days, business days, effort hours. */
  evidence: 1,
} as const;

/**
 * Each input's measured value: a rate or a share (0–1) is read as a whole percent, a ratio to
 * the hundredth, a count whole; days (past due, weighted by value; business days to an
 * evaluation) and a mean rating to a tenth (the page shows days past due whole: the tenth
 * keeps an average of 2.5 days from reading as 3 beside the points it earns).
 */
export const RAW_DECIMALS: Record<HealthInput, number> = {
  reliability: 2,
  quality: 2,
  responsiveness: 2,
  costAdherence: 2,
  satisfaction: 1,
  payment: 1,
  scopeStability: 2,
  feedbackLatency: 1,
  fairDealing: 0,
};

/** `value` to `decimals` places, halves up (as `Math.round`). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** `roundTo`, passing null through. */
export function roundedOrNull(value: number | null, decimals: number): number | null {
  return value === null ? null : roundTo(value, decimals);
}
