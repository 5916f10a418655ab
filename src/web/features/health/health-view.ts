import type { NextStep } from "../../../domain/health/warnings";
import type { HealthEvidence, HealthHistoryPoint } from "../../shared/api/types";
import type { AppMessageKey } from "../../shared/i18n/messages";

type Side = "client" | "provider";

/**
 * Where a piece of evidence is read in full, inside the engagement; null for what has no page
 * of its own (a private check-in answer is never shown, a fair-dealing finding sits in the
 * agreement's history).
 */
export function evidencePath(engagementId: string, evidence: HealthEvidence): string | null {
  const base = `/engagements/${encodeURIComponent(engagementId)}`;
  switch (evidence.kind) {
    case "invoice":
      return `${base}/invoices/${encodeURIComponent(evidence.id)}`;
    case "change_request": {
      // The label starts with the change's number ("#3 Extra page"), which anchors its card.
      const number = /^#(\d+)/.exec(evidence.label)?.[1];
      return number ? `${base}/changes#change-${number}` : `${base}/changes`;
    }
    case "milestone":
    case "submission":
      return `${base}/delivery`;
    case "thread":
      return `${base}/messages`;
    case "fair_dealing":
      return `${base}/agreement`;
    case "dispute":
      return `${base}/disputes`;
    default:
      return null;
  }
}

/** The tab where the side that can act takes each next step. */
export function nextStepPath(engagementId: string, step: NextStep): string {
  const base = `/engagements/${encodeURIComponent(engagementId)}`;
  switch (step) {
    case "pay_invoice":
      return `${base}/invoices`;
    case "price_changes":
      return `${base}/changes`;
    case "evaluate_submission":
    case "evaluate_in_time":
    case "catch_up_delivery":
      return `${base}/delivery`;
    case "agree_payment_terms":
    case "restore_pay_or_cut_scope":
      return `${base}/agreement`;
    case "talk_it_through":
      return `${base}/messages`;
    case "answer_dispute":
    case "take_part_in_mediation":
      return `${base}/disputes`;
  }
}

/** One side's points of a score history, for the chart: days with a score, oldest first. */
export function seriesOf(
  points: readonly HealthHistoryPoint[],
  side: Side,
): { at: string; value: number }[] {
  return points
    .filter((p): p is HealthHistoryPoint & { score: number } => p.side === side && p.score !== null)
    .map((p) => ({ at: p.day, value: p.score }))
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** Which of my own answers the check-in form may still take: the open check-in I have not answered. */
export function openCheckIn<T extends { status: string; myAnswer: unknown }>(
  checkIns: readonly T[],
): T | null {
  return checkIns.find((c) => c.status === "open" && c.myAnswer === null) ?? null;
}

/** Two or three distinct reasons, as the API takes them. */
export function isReasonCountValid(reasons: readonly string[]): boolean {
  return reasons.length >= 2 && reasons.length <= 3 && new Set(reasons).size === reasons.length;
}

/** The prefix health gives a review's private rating among the check-in answers it counts. */
const REVIEW_RATING_PREFIX = "review:";
/** The prefix of an exit feedback's rating, counted the same way once both sides gave theirs. */
const EXIT_RATING_PREFIX = "exit:";

/**
 * How a piece of evidence is named: a message (with the day it rests on, when known) or, for
 * invoices, milestones and changes, the label the server gave it. A review's private rating
 * counts like a check-in's answer (`review:<id>`), as an exit feedback's does (`exit:<id>:<side>`),
 * but each is named as what it is.
 */
export function evidenceWording(
  evidence: HealthEvidence,
): { id: AppMessageKey; day: string | null } | { text: string } {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(evidence.label) ? evidence.label : null;
  switch (evidence.kind) {
    case "check_in":
      if (evidence.id.startsWith(REVIEW_RATING_PREFIX)) {
        return { id: day ? "health.evidence.reviewRatingOn" : "health.evidence.reviewRating", day };
      }
      if (evidence.id.startsWith(EXIT_RATING_PREFIX)) {
        return { id: day ? "health.evidence.exitRatingOn" : "health.evidence.exitRating", day };
      }
      return { id: "health.evidence.checkIn", day: null };
    case "thread":
      return { id: "health.evidence.thread", day: null };
    case "fair_dealing":
      return { id: "health.evidence.fairDealing", day: null };
    case "dispute":
      return { id: "health.evidence.dispute", day: null };
    default:
      return { text: evidence.label };
  }
}
