import type { Side } from "../engagement/engagement";
import { REVIEW_WINDOW_DAYS } from "./review";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReviewRoundState {
  /** When the occasion happened (the milestone accepted…): the window opens then. */
  openedAt: Date;
  /** The sides that have submitted their review. */
  submittedSides: readonly Side[];
  /** Set once the round is published; a published round never goes back. */
  publishedAt: Date | null;
}

/** When the round's window closes. */
export function windowClosesAt(openedAt: Date): Date {
  return new Date(openedAt.getTime() + REVIEW_WINDOW_DAYS * DAY_MS);
}

/** Whether a side may still submit: the window is open and that side has not submitted. */
export function canSubmitReview(round: ReviewRoundState, side: Side, now: Date): boolean {
  return (
    round.publishedAt === null &&
    !round.submittedSides.includes(side) &&
    now.getTime() < windowClosesAt(round.openedAt).getTime()
  );
}

/**
 * Blind until both are in: a round is published when both sides have submitted, or when the
 * window closes with at least one review. Returns the publication time, or null while blind.
 */
export function publicationDue(round: ReviewRoundState, now: Date): Date | null {
  if (round.publishedAt) return round.publishedAt;
  if (round.submittedSides.length === 0) return null;
  const bothIn =
    round.submittedSides.includes("client") && round.submittedSides.includes("provider");
  if (bothIn) return now;
  const closes = windowClosesAt(round.openedAt);
  return now.getTime() >= closes.getTime() ? closes : null;
}

/**
 * Whether a reader on `readerSide` (null: the public, or a moderator reading for the public)
 * sees a review written by `authorSide`: its own side always, anyone else only once published.
 */
export function isReviewVisible(
  authorSide: Side,
  readerSide: Side | null,
  round: { publishedAt: Date | string | null },
): boolean {
  return authorSide === readerSide || round.publishedAt !== null;
}
