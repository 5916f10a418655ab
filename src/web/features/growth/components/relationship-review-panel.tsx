import { FormattedMessage } from "react-intl";
import { AnswerReviewBody } from "../../../../contracts/growth";
import { DateOnly } from "../../../shared/components/date-only";
import { TextAreaField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useAnswerReview } from "../api/growth-queries";
import { REVIEW_ANSWER_WORDS } from "../growth-form-state";
import type { RelationshipReview, RelationshipReviews } from "../growth-types";

type Answer = NonNullable<RelationshipReview["myAnswer"]>;

function AnswerView({ answer, title }: { answer: Answer; title: React.ReactNode }) {
  return (
    <section className="stack-sm" data-side={answer.side}>
      <h4>{title}</h4>
      <dl>
        <dt>
          <FormattedMessage id="growth.review.achieved" />
        </dt>
        <dd>{answer.achieved}</dd>
        <dt>
          <FormattedMessage id="growth.review.moreOf" />
        </dt>
        <dd>{answer.moreOf || "—"}</dd>
        <dt>
          <FormattedMessage id="growth.review.lessOf" />
        </dt>
        <dd>{answer.lessOf || "—"}</dd>
        <dt>
          <FormattedMessage id="growth.review.aimNext" />
        </dt>
        <dd>{answer.aimNext}</dd>
      </dl>
    </section>
  );
}

function AnswerForm({ engagementId, reviewId }: { engagementId: string; reviewId: string }) {
  const answer = useAnswerReview(engagementId, reviewId);
  const form = useContractForm(AnswerReviewBody, {
    defaultValues: { achieved: "", moreOf: "", lessOf: "", aimNext: "" },
    words: REVIEW_ANSWER_WORDS,
  });
  return (
    <form
      noValidate
      className="stack"
      onSubmit={form.submitWith((body) => answer.mutate(body, { onError: form.showServerErrors }))}
    >
      <p className="muted">
        <FormattedMessage id="growth.review.blind" />
      </p>
      <FormAlert error={answer.error} />
      <TextAreaField
        required
        label={<FormattedMessage id="growth.review.achieved" />}
        {...form.field("achieved")}
      />
      <TextAreaField
        label={<FormattedMessage id="growth.review.moreOf" />}
        {...form.field("moreOf")}
      />
      <TextAreaField
        label={<FormattedMessage id="growth.review.lessOf" />}
        {...form.field("lessOf")}
      />
      <TextAreaField
        required
        label={<FormattedMessage id="growth.review.aimNext" />}
        {...form.field("aimNext")}
      />
      <button type="submit" disabled={answer.isPending}>
        <FormattedMessage id="growth.review.send" />
      </button>
    </form>
  );
}

/**
 * Where the relationship stands: the stagnation signals explained, what was achieved against
 * each goal, and the reviews, each side's answer hidden from the other until both are in.
 */
export function RelationshipReviewPanel({
  engagementId,
  data,
}: {
  engagementId: string;
  data: RelationshipReviews;
}) {
  const on = data.stagnation.signals.filter((s) => s.isOn);
  return (
    <section className="card stack" aria-labelledby="review-title">
      <h2 id="review-title">
        <FormattedMessage id="growth.review.title" />
      </h2>
      {data.stagnation.isStagnant ? (
        <div className="alert alert-warning stack-sm">
          <p>
            <FormattedMessage
              id="growth.review.stagnant"
              values={{ days: data.stagnation.quietDays }}
            />
          </p>
          <ul>
            {on.map((s) => (
              <li key={s.code}>
                {s.reasonText}. {s.nextStepText}.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {data.achievements.length > 0 ? (
        <ul className="plain-list">
          {data.achievements.map((a) => (
            <li key={a.goalId}>{a.sentence}</li>
          ))}
        </ul>
      ) : null}
      {data.reviews.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="growth.review.none" />
        </p>
      ) : null}
      {data.reviews.map((review) => (
        <article key={review.id} className="stack" data-review={review.id}>
          <h3 className="h-small">
            <FormattedMessage
              id="growth.review.opened"
              values={{ day: <DateOnly key="d" value={review.openedAt.slice(0, 10)} /> }}
            />
          </h3>
          {review.myAnswer === null && data.abilities.answerReview ? (
            <AnswerForm engagementId={engagementId} reviewId={review.id} />
          ) : null}
          {review.myAnswer && !review.revealedAt ? (
            <p className="alert alert-info">
              <FormattedMessage id="growth.review.waiting" />
            </p>
          ) : null}
          {review.revealedAt ? (
            <div className="two-columns">
              {review.myAnswer ? (
                <AnswerView
                  answer={review.myAnswer}
                  title={<FormattedMessage id="growth.review.ours" />}
                />
              ) : null}
              {review.otherAnswer ? (
                <AnswerView
                  answer={review.otherAnswer}
                  title={<FormattedMessage id="growth.review.theirs" />}
                />
              ) : null}
            </div>
          ) : null}
        </article>
      ))}
    </section>
  );
}
