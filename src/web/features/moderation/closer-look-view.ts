import type { AppMessageKey } from "../../shared/i18n/messages";
import type { CloserLookMark } from "./moderation-types";

const HOUR_MS = 60 * 60 * 1000;

/** How far apart a review and a pressure step were: in hours under a day, else in days. */
export interface CloserLookGap {
  unit: "hours" | "days";
  count: number;
}

export function gapBetween(submittedAt: string, stepAt: string): CloserLookGap {
  const hours = Math.abs(Date.parse(submittedAt) - Date.parse(stepAt)) / HOUR_MS;
  if (hours < 23.5) return { unit: "hours", count: Math.max(1, Math.round(hours)) };
  return { unit: "days", count: Math.max(1, Math.round(hours / 24)) };
}

/**
 * Why a review is marked, as a sentence: which pressure step of the reviewed side, when it was
 * taken (`stepAt`, formatted by the caller) and how close it came to the review, before or after.
 */
export function closerLookReason(
  submittedAt: string,
  mark: CloserLookMark,
): { id: AppMessageKey; values: { step: CloserLookMark["step"] } & CloserLookGap } {
  return {
    id:
      mark.direction === "review_after_pressure"
        ? "moderation.closerLook.afterPressure"
        : "moderation.closerLook.pressureAfter",
    values: { step: mark.step, ...gapBetween(submittedAt, mark.stepAt) },
  };
}
