import { FormattedDate, FormattedMessage } from "react-intl";
import { Link } from "react-router";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useCloserLook } from "../api/get-closer-look";
import { closerLookReason } from "../closer-look-view";
import type { CloserLookReview } from "../moderation-types";
import { HideReviewForm } from "./hide-review-form";
import { MoreButton } from "../../../shared/components/more-button";

/**
 * The reviews marked for a closer look, newest first, with older pages on request. Each says
 * why it is marked (the pressure step, when, how close). A member of either side gets links to
 * the review and its engagement; a moderator outside both gets the form to hide the review for a
 * stated policy reason, since the engagement is not theirs to open. Nothing is hidden by itself.
 */
export function CloserLookList() {
  const list = useCloserLook();
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const reviews = list.data.pages.flatMap((page) => page.reviews);
  return (
    <div className="stack">
      {reviews.length === 0 && !list.hasNextPage ? (
        <p className="muted">
          <FormattedMessage id="moderation.closerLook.empty" />
        </p>
      ) : (
        <ul className="plain-list stack">
          {reviews.map((review) => (
            <li key={review.reviewId}>
              <CloserLookItem review={review} />
            </li>
          ))}
        </ul>
      )}
      <MoreButton list={list} label="moderation.closerLook.loadMore" />
    </div>
  );
}

function CloserLookItem({ review }: { review: CloserLookReview }) {
  const titleId = `closer-look-${review.reviewId}`;
  const date = (value: string) => <FormattedDate key="date" value={value} dateStyle="long" />;
  const engagementPath = `/engagements/${encodeURIComponent(review.engagementId)}`;
  return (
    <article className="card stack-sm" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <FormattedMessage
          id="moderation.closerLook.heading"
          values={{ reviewer: review.reviewerOrgName, reviewed: review.reviewedOrgName }}
        />
      </h2>
      <p className="muted">
        <FormattedMessage
          id="moderation.closerLook.written"
          values={{ engagement: review.engagementTitle, date: date(review.submittedAt) }}
        />
        {review.publishedAt === null ? (
          <>
            {" "}
            <FormattedMessage id="moderation.closerLook.blind" />
          </>
        ) : null}
        {review.isHidden ? (
          <>
            {" "}
            <FormattedMessage id="moderation.closerLook.hidden" />
          </>
        ) : null}
      </p>
      {review.body !== null ? (
        <blockquote className="prewrap">{review.body}</blockquote>
      ) : (
        <p className="muted">
          <FormattedMessage id="moderation.case.textUnavailable" />
        </p>
      )}
      <h3 id={`${titleId}-why`}>
        <FormattedMessage id="moderation.closerLook.why" />
      </h3>
      <ul className="stack-sm" aria-labelledby={`${titleId}-why`}>
        {review.closerLook.map((mark) => {
          const reason = closerLookReason(review.submittedAt, mark);
          return (
            <li key={`${mark.direction}-${mark.step}-${mark.stepAt}`}>
              <FormattedMessage
                id={reason.id}
                values={{ ...reason.values, date: date(mark.stepAt) }}
              />
            </li>
          );
        })}
      </ul>
      {review.viewerIsParty ? (
        <div className="button-row">
          <Link to={`${engagementPath}/reviews#review-${encodeURIComponent(review.reviewId)}`}>
            <FormattedMessage id="moderation.closerLook.reviewLink" />
          </Link>
          <Link to={engagementPath}>
            <FormattedMessage id="moderation.case.engagementLink" />
          </Link>
        </div>
      ) : review.isHidden ? null : (
        // A moderator outside both organisations cannot open the engagement; the text above is
        // what they judge, and hiding it for a stated policy reason is their one act on it.
        <HideReviewForm reviewId={review.reviewId} engagementId={review.engagementId} />
      )}
    </article>
  );
}
