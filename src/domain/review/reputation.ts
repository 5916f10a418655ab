import { HEALTH } from "../health/constants";

/**
 * Pseudo-reviews at the cohort mean that every average starts from, and the sample below which
 * an organisation shows as "new": the health model's own numbers (HEALTH.md's one table), so
 * reputation and scores cannot drift apart.
 */
const SMOOTHING_WEIGHT = HEALTH.smoothingM;
const MIN_ENGAGEMENTS = HEALTH.minEngagements;
const MIN_COUNTERPARTIES = HEALTH.minCounterparties;

export interface ReputationInput {
  /** Every engagement that reached a review occasion, reviewed or not: silence counts. */
  reviewableEngagements: readonly { engagementId: string; counterpartyOrgId: string }[];
  /** Published, visible reviews of the organisation: each one's mean stars. */
  reviews: readonly { engagementId: string; meanStars: number }[];
  /** The mean stars of the organisation's cohort (its kind on this instance). */
  cohortMean: number;
}

export interface Reputation {
  reviewCount: number;
  /** Reviewable engagements without any published review. */
  silentEngagements: number;
  reviewableEngagements: number;
  /** Share of reviewable engagements with a review, 0 to 1 (null with none). */
  reviewRate: number | null;
  /** The plain mean of the reviews' mean stars; null while "new", like the smoothed one. */
  rawAverage: number | null;
  /** `(sum + m·cohortMean) / (n + m)`: a few reviews barely move it from the cohort mean. */
  smoothedAverage: number | null;
  isNew: boolean;
}

/**
 * Public reputation from published reviews, smoothed, with silence in the denominator. Below
 * the minimum sample it is "new": counts only, no average (HEALTH.md).
 */
export function computeReputation(input: ReputationInput): Reputation {
  const engagements = new Set(input.reviewableEngagements.map((e) => e.engagementId));
  const counterparties = new Set(input.reviewableEngagements.map((e) => e.counterpartyOrgId));
  const reviewed = new Set(input.reviews.map((r) => r.engagementId));
  const n = input.reviews.length;
  const sum = input.reviews.reduce((a, r) => a + r.meanStars, 0);
  const isNew = engagements.size < MIN_ENGAGEMENTS || counterparties.size < MIN_COUNTERPARTIES;
  const round2 = (x: number) => Math.round(x * 100) / 100;
  return {
    reviewCount: n,
    reviewableEngagements: engagements.size,
    silentEngagements: [...engagements].filter((id) => !reviewed.has(id)).length,
    reviewRate: engagements.size === 0 ? null : round2(reviewed.size / engagements.size),
    // "New" shows no average at all: one or two reviews' stars would otherwise be public.
    rawAverage: n === 0 || isNew ? null : round2(sum / n),
    smoothedAverage: isNew
      ? null
      : round2((sum + SMOOTHING_WEIGHT * input.cohortMean) / (n + SMOOTHING_WEIGHT)),
    isNew,
  };
}
