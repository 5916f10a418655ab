import type { z } from "zod";
import type { RelationshipReview, StagnationSignal } from "../../../contracts/growth";
import type { Side } from "../../../domain/engagement/engagement";
import type {
  StagnationSignal as DomainSignal,
  StagnationNextStep,
  StagnationSignalCode,
} from "../../../domain/growth/stagnation";
import type { MessageKey } from "../../../i18n/messages/en";
import { type Unworded, wording } from "../../platform/wording";
import type { RelationshipReviewRow, ReviewAnswerRow } from "./reviews.repository";

const REASONS: Record<StagnationSignalCode, MessageKey> = {
  no_initiative: "growth.stagnation.reason.no_initiative",
  goals_flat: "growth.stagnation.reason.goals_flat",
  ratings_not_rising: "growth.stagnation.reason.ratings_not_rising",
  only_recurring_invoices: "growth.stagnation.reason.only_recurring_invoices",
};

const NEXT_STEPS: Record<StagnationNextStep, MessageKey> = {
  set_new_goal: "growth.stagnation.next.set_new_goal",
  discuss_goals: "growth.stagnation.next.discuss_goals",
  talk_in_review: "growth.stagnation.next.talk_in_review",
  offer_next_phase: "growth.stagnation.next.offer_next_phase",
};

/** A stagnation signal with its reason and next step, worded at the HTTP edge. */
export function presentSignal(
  signal: DomainSignal,
): Unworded<z.infer<typeof StagnationSignal>, "reasonText" | "nextStepText"> {
  return {
    ...signal,
    reasonText: wording(REASONS[signal.code], signal.values),
    nextStepText: wording(NEXT_STEPS[signal.nextStep]),
  };
}

function presentAnswer(row: ReviewAnswerRow) {
  return {
    achieved: row.achieved,
    moreOf: row.more_of,
    lessOf: row.less_of,
    aimNext: row.aim_next,
    side: row.side,
    answeredAt: row.answered_at,
  };
}

/**
 * A review as `reader` may see it: its own side's answer always, the other side's only once
 * the review is revealed (both answered), so neither answer can shape the other.
 */
export function presentReview(
  row: RelationshipReviewRow,
  answers: readonly ReviewAnswerRow[],
  reader: Side,
): z.infer<typeof RelationshipReview> {
  const own = answers.find((a) => a.review_id === row.id && a.side === reader);
  const other = answers.find((a) => a.review_id === row.id && a.side !== reader);
  return {
    id: row.id,
    openedAt: row.opened_at,
    signals: JSON.parse(row.signals) as string[],
    revealedAt: row.revealed_at,
    myAnswer: own ? presentAnswer(own) : null,
    otherAnswer: other && row.revealed_at ? presentAnswer(other) : null,
    hasOtherSideAnswered: other !== undefined,
  };
}
