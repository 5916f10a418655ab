import { FormattedDate, FormattedMessage } from "react-intl";
import { useFocusOnOutcome } from "../../../shared/hooks/use-focus-on-outcome";
import { useSubmitReview } from "../api/submit-review";
import type { ReviewRound } from "../review-types";
import { ReviewCard } from "./review-card";
import { ReviewForm } from "./review-form";
import { ScreeningOutcome } from "./screening-outcome";

/**
 * One round of reviews after an occasion. Until it is published it is blind: each side sees
 * only whether the other has submitted, and until when the window runs. Published, both
 * reviews show together and are locked.
 */
export function ReviewRoundCard({
  round,
  engagementId,
  mySide,
  occasionTitle,
  canWrite,
}: {
  round: ReviewRound;
  engagementId: string;
  mySide: "client" | "provider";
  occasionTitle: string;
  canWrite: boolean;
}) {
  const submit = useSubmitReview(engagementId);
  const isFormShown = round.canSubmit && canWrite;
  // Once the review is in, the round's state (published, or waiting for the other side).
  const outcome = useFocusOnOutcome<HTMLParagraphElement>(isFormShown);
  const titleId = `round-${round.occasion.kind}-${round.occasion.ref}`;
  const theirSide = mySide === "client" ? "provider" : "client";
  const date = (value: string) => <FormattedDate key="date" value={value} dateStyle="long" />;
  const isClosedEmpty =
    !round.publishedAt &&
    round.submittedSides.length === 0 &&
    !round.canSubmit &&
    Date.parse(round.closesAt) <= Date.now();
  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <FormattedMessage
          id="reviews.round.title"
          values={{ kind: round.occasion.kind, title: occasionTitle }}
        />
      </h2>
      {round.publishedAt ? (
        <p ref={outcome} tabIndex={-1}>
          <FormattedMessage
            id="reviews.round.published"
            values={{ date: date(round.publishedAt) }}
          />
        </p>
      ) : isClosedEmpty ? (
        <p className="muted">
          <FormattedMessage
            id="reviews.round.closedEmpty"
            values={{ date: date(round.closesAt) }}
          />
        </p>
      ) : (
        <div className="alert alert-info stack-sm">
          <p>
            <FormattedMessage id="reviews.round.blind" values={{ date: date(round.closesAt) }} />
          </p>
          <p ref={outcome} tabIndex={-1}>
            <FormattedMessage
              id="reviews.round.sides"
              values={{
                mine: round.submittedSides.includes(mySide) ? "yes" : "no",
                theirs: round.submittedSides.includes(theirSide) ? "yes" : "no",
              }}
            />
          </p>
        </div>
      )}
      <ScreeningOutcome notice={submit.data?.screening} />
      {isFormShown ? <ReviewForm round={round} mySide={mySide} submit={submit} /> : null}
      {round.reviews.map((review) => (
        <ReviewCard key={review.id} review={review} canWrite={canWrite} />
      ))}
    </section>
  );
}
