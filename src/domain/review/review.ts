import type { Side } from "../engagement/engagement";

/** How long a review round stays open: after it, whatever was written is published. */
export const REVIEW_WINDOW_DAYS = 14;

/** What a round of reviews follows: an accepted milestone, a completed engagement or exit. */
export type ReviewOccasionKind = "milestone" | "engagement" | "exit";

export interface ReviewOccasion {
  kind: ReviewOccasionKind;
  /** The milestone's id; "" for the engagement or its exit. */
  ref: string;
}

/** The aspects each side is rated on, by the side that reviews it. */
export const REVIEW_ASPECTS = {
  provider: ["quality", "communication", "reliability"],
  client: ["clarity", "payment", "fairness"],
} as const satisfies Record<Side, readonly string[]>;

export type ReviewAspect = (typeof REVIEW_ASPECTS)[Side][number];

/** The aspects a reviewer on `reviewerSide` rates: those of the other side. */
export function aspectsRatedBy(reviewerSide: Side): readonly ReviewAspect[] {
  return REVIEW_ASPECTS[reviewerSide === "client" ? "provider" : "client"];
}

/** What is wrong with a review's stars: aspects left out (or rated outside 1–5), and foreign ones. */
export interface AspectStarsProblems {
  /** The aspects of the reviewed side, in their order: what the stars should name. */
  expected: readonly string[];
  /** Aspects of the reviewed side not rated, or rated outside 1 to 5. */
  missing: string[];
  /** Names that are no aspect of the reviewed side (the other side's, or unknown). */
  foreign: string[];
}

/**
 * Whether the stars name exactly the aspects of the reviewed side, each 1 to 5. Null when the
 * stars are complete; otherwise the aspects missing and those foreign, apart, so a refusal
 * never asks for a foreign name to be rated.
 */
export function checkAspectStars(
  reviewerSide: Side,
  stars: Readonly<Record<string, number>>,
): AspectStarsProblems | null {
  const expected = aspectsRatedBy(reviewerSide) as readonly string[];
  const given = Object.keys(stars);
  const missing = expected.filter((a) => {
    const value = stars[a];
    return value === undefined || !Number.isInteger(value) || value < 1 || value > 5;
  });
  const foreign = given.filter((a) => !expected.includes(a));
  return missing.length === 0 && foreign.length === 0 ? null : { expected, missing, foreign };
}

/** The mean of a review's stars, the figure public reputation averages. */
export function meanStars(stars: Readonly<Record<string, number>>): number {
  const values = Object.values(stars);
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
