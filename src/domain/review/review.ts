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

/**
 * Whether the stars name exactly the aspects of the reviewed side, each 1 to 5. Returns the
 * aspects that are missing or foreign, empty when the stars are complete.
 */
export function checkAspectStars(
  reviewerSide: Side,
  stars: Readonly<Record<string, number>>,
): string[] {
  const expected = aspectsRatedBy(reviewerSide) as readonly string[];
  const given = Object.keys(stars);
  const missing = expected.filter((a) => !given.includes(a));
  const foreign = given.filter((a) => !expected.includes(a));
  const outOfRange = given.filter((a) => {
    const value = stars[a];
    return value === undefined || !Number.isInteger(value) || value < 1 || value > 5;
  });
  return [...new Set([...missing, ...foreign, ...outOfRange])];
}

/** The mean of a review's stars, the figure public reputation averages. */
export function meanStars(stars: Readonly<Record<string, number>>): number {
  const values = Object.values(stars);
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
