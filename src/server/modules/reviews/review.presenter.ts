import type { z } from "zod";
import type { Review, ReviewRound } from "../../../contracts/reviews";
import type { Side } from "../../../domain/engagement/engagement";
import { isReviewVisible } from "../../../domain/review/blind-reveal";
import type { RecordNote } from "../../../domain/review/record-check";
import type { ReviewWithReplyRow, RoundRow } from "./reviews.repository";

const notes = (json: string | null) => (json ? (JSON.parse(json) as RecordNote[]) : []);

/**
 * A review as a reader sees it. The private rating only ever reaches the reviewer's own side;
 * a hidden review keeps its stars and the moderator's reason but not its text.
 */
export function presentReview(
  row: ReviewWithReplyRow,
  round: RoundRow,
  readerSide: Side | null,
): z.infer<typeof Review> {
  const isMine = row.reviewer_side === readerSide;
  return {
    id: row.id,
    engagementId: row.engagement_id,
    occasion: { kind: round.occasion_kind, ref: round.occasion_ref },
    reviewerSide: row.reviewer_side,
    reviewerOrgId: row.reviewer_org_id,
    reviewedOrgId: row.reviewed_org_id,
    body: row.hidden_at ? null : row.body,
    stars: JSON.parse(row.stars) as Record<string, number>,
    privateRating: isMine ? Number(row.private_rating) : null,
    submittedAt: row.submitted_at,
    publishedAt: round.published_at,
    isMine,
    recordNotes: notes(row.record_notes),
    hidden:
      row.hidden_at && row.hidden_reason ? { reason: row.hidden_reason, at: row.hidden_at } : null,
    reply:
      row.reply_body && row.reply_created_at
        ? {
            body: row.reply_body,
            createdAt: row.reply_created_at,
            recordNotes: notes(row.reply_record_notes),
          }
        : null,
    canReply:
      readerSide !== null && !isMine && round.published_at !== null && row.reply_body === null,
  };
}

/** A round with only the reviews the reader may see: blind until published. */
export function presentRound(
  round: RoundRow,
  reviews: readonly ReviewWithReplyRow[],
  readerSide: Side | null,
): z.infer<typeof ReviewRound> {
  const own = reviews.filter((r) => r.round_id === round.id);
  return {
    occasion: { kind: round.occasion_kind, ref: round.occasion_ref },
    openedAt: round.opened_at,
    closesAt: round.closes_at,
    publishedAt: round.published_at,
    submittedSides: own.map((r) => r.reviewer_side),
    reviews: own
      .filter((r) =>
        isReviewVisible(r.reviewer_side, readerSide, { publishedAt: round.published_at }),
      )
      .map((r) => presentReview(r, round, readerSide)),
  };
}
