import type { z } from "zod";
import type { RelationshipReview, StagnationSignal } from "../../../contracts/growth";
import type { Side } from "../../../domain/engagement/engagement";
import type { StagnationSignal as DomainSignal } from "../../../domain/growth/stagnation";
import type { Locale } from "../../../i18n/locales";
import { translate } from "../../../i18n/translate";
import type { RelationshipReviewRow, ReviewAnswerRow } from "./reviews.repository";

/** A stagnation signal with its reason and next step in the reader's language. */
export function presentSignal(
  signal: DomainSignal,
  locale: Locale,
): z.infer<typeof StagnationSignal> {
  return {
    ...signal,
    reasonText: translate(locale, `growth.stagnation.reason.${signal.code}`, signal.values),
    nextStepText: translate(locale, `growth.stagnation.next.${signal.nextStep}`),
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
