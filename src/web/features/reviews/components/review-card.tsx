import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { ReportContent } from "../../moderation/components/report-content";
import { useReplyToReview } from "../api/reply-to-review";
import { aspectLabel } from "../review-labels";
import type { Review } from "../review-types";
import { RecordNotes } from "./record-notes";
import { ReplyForm } from "./reply-form";
import { ScreeningOutcome } from "./screening-outcome";

/**
 * One review as the reader may see it: the stars, the text (or the moderator's reason when it
 * was hidden), the record beside any claim it contradicts, the private rating on one's own, the
 * reviewed party's one reply, and for the other side's published review a reply and a report.
 */
export function ReviewCard({ review, canWrite }: { review: Review; canWrite: boolean }) {
  const intl = useIntl();
  const reply = useReplyToReview(review.engagementId, review.id);
  const titleId = `review-${review.id}-title`;
  return (
    <article
      id={`review-${review.id}`}
      tabIndex={-1}
      className="card stack-sm"
      aria-labelledby={titleId}
    >
      <div className="card-head">
        <h3 id={titleId}>
          <FormattedMessage id="reviews.card.title" values={{ side: review.reviewerSide }} />
        </h3>
        {review.isMine ? (
          <span className="badge">
            <FormattedMessage id="reviews.card.mine" />
          </span>
        ) : null}
        {review.publishedAt ? null : (
          <span className="badge badge-warning">
            <FormattedMessage id="reviews.card.blind" />
          </span>
        )}
      </div>
      <dl className="details">
        {Object.entries(review.stars).map(([aspect, count]) => {
          const label = aspectLabel(aspect);
          return (
            <div key={aspect}>
              <dt>{label ? intl.formatMessage({ id: label }) : aspect}</dt>
              <dd>
                <FormattedMessage id="reviews.starsOfFive" values={{ count }} />
              </dd>
            </div>
          );
        })}
      </dl>
      {review.hidden ? (
        <p className="alert alert-info">
          <FormattedMessage
            id="reviews.card.hidden"
            values={{
              reason: review.hidden.reason,
              date: <FormattedDate key="date" value={review.hidden.at} dateStyle="long" />,
            }}
          />
        </p>
      ) : (
        <p className="prewrap">{review.body}</p>
      )}
      <RecordNotes notes={review.recordNotes} />
      {review.privateRating !== null ? (
        <p className="muted">
          <FormattedMessage
            id="reviews.card.privateRating"
            values={{ rating: review.privateRating }}
          />
        </p>
      ) : null}
      <p className="muted">
        <FormattedMessage
          id="reviews.card.submitted"
          values={{
            date: <FormattedDate key="date" value={review.submittedAt} dateStyle="long" />,
          }}
        />
      </p>
      {review.reply ? (
        <section className="stack-sm remark" aria-labelledby={`${titleId}-reply`}>
          <h4 id={`${titleId}-reply`}>
            <FormattedMessage id="reviews.reply.title" />
          </h4>
          <p className="prewrap">{review.reply.body}</p>
          <RecordNotes notes={review.reply.recordNotes} />
          <p className="muted">
            <FormattedDate value={review.reply.createdAt} dateStyle="long" />
          </p>
          {review.isMine && canWrite ? (
            // The reply is the other side's words: the review's own side may report it.
            <ReportContent
              engagementId={review.engagementId}
              subjectKind="reply"
              subjectId={review.id}
            />
          ) : null}
        </section>
      ) : null}
      <ScreeningOutcome notice={reply.data?.screening} />
      {review.canReply && canWrite ? <ReplyForm reply={reply} /> : null}
      {!review.isMine && review.publishedAt && canWrite ? (
        <ReportContent
          engagementId={review.engagementId}
          subjectKind="review"
          subjectId={review.id}
        />
      ) : null}
    </article>
  );
}
