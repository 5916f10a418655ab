import type { Side } from "../engagement/engagement";

/** How close in time a review and a pressure step must be to deserve a closer look. */
export const CLOSER_LOOK_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A step one side takes to press the other: a payment reminder, a late-interest claim, a dispute. */
export interface PressureStep {
  kind: "payment_reminder" | "late_interest_claim" | "dispute";
  /** The side the step was addressed to. */
  towardSide: Side;
  occurredAt: Date;
}

export interface CloserLook {
  direction: "review_after_pressure" | "pressure_after_review";
  step: PressureStep["kind"];
  stepAt: string;
}

/**
 * Marks a review for a moderator's closer look (never hides it) when it was written within
 * CLOSER_LOOK_DAYS after its author was pressed by the reviewed side, or when the reviewed
 * side pressed the reviewer within CLOSER_LOOK_DAYS after the review.
 */
export function closerLookFor(
  review: { reviewerSide: Side; submittedAt: Date },
  steps: readonly PressureStep[],
): CloserLook[] {
  const window = CLOSER_LOOK_DAYS * DAY_MS;
  return steps
    .filter((s) => s.towardSide === review.reviewerSide)
    .flatMap((s): CloserLook[] => {
      const gap = review.submittedAt.getTime() - s.occurredAt.getTime();
      if (gap >= 0 && gap <= window) {
        return [
          { direction: "review_after_pressure", step: s.kind, stepAt: s.occurredAt.toISOString() },
        ];
      }
      if (gap < 0 && -gap <= window) {
        return [
          { direction: "pressure_after_review", step: s.kind, stepAt: s.occurredAt.toISOString() },
        ];
      }
      return [];
    });
}
