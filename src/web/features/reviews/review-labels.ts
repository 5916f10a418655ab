import { REVIEW_ASPECTS, type ReviewAspect } from "../../../domain/review/review";
import type { AppMessageKey } from "../../shared/i18n/messages";

export const ASPECT_LABELS: Record<ReviewAspect, AppMessageKey> = {
  quality: "reviews.aspect.quality",
  communication: "reviews.aspect.communication",
  reliability: "reviews.aspect.reliability",
  clarity: "reviews.aspect.clarity",
  payment: "reviews.aspect.payment",
  fairness: "reviews.aspect.fairness",
};

/** The aspects a reviewer on `side` rates: those of the other side (as the server checks). */
export function aspectsRatedBy(side: "client" | "provider"): readonly ReviewAspect[] {
  return REVIEW_ASPECTS[side === "client" ? "provider" : "client"];
}

/** The label of a stored aspect; an aspect this version does not know shows as stored. */
export function aspectLabel(aspect: string): AppMessageKey | null {
  return aspect in ASPECT_LABELS ? ASPECT_LABELS[aspect as ReviewAspect] : null;
}
