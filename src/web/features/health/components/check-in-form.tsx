import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { CHECK_IN_REASONS, type CheckInReason } from "../../../../domain/health/facts";
import type { CheckIn } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { TextAreaField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useAnswerCheckIn } from "../api/check-ins";
import { CHECK_IN_REASON_LABELS } from "../health-labels";
import { isReasonCountValid } from "../health-view";

const RATINGS = Array.from({ length: 11 }, (_, rating) => rating);

/** A 0–10 scale as eleven radio buttons, read as one question. */
function RatingScale({
  name,
  legend,
  value,
  onChange,
}: {
  name: string;
  legend: React.ReactNode;
  value: number | null;
  onChange: (rating: number) => void;
}) {
  return (
    <fieldset className="field rating-scale">
      <legend>{legend}</legend>
      <div className="rating-options">
        {RATINGS.map((rating) => (
          <label key={rating} className="rating-option">
            <input
              type="radio"
              name={name}
              value={rating}
              checked={value === rating}
              onChange={() => onChange(rating)}
            />
            {rating}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The private pulse: a 0–10 rating of the relationship and of the other side, two or three
 * reasons, an optional comment. The other side never sees it; only its effect on the score,
 * once both sides answered or the window closed.
 */
export function CheckInForm({
  engagementId,
  checkIn,
  otherSide,
}: {
  engagementId: string;
  checkIn: CheckIn;
  otherSide: "client" | "provider";
}) {
  const intl = useIntl();
  const answer = useAnswerCheckIn(engagementId);
  const [relationship, setRelationship] = useState<number | null>(null);
  const [counterpart, setCounterpart] = useState<number | null>(null);
  const [reasons, setReasons] = useState<CheckInReason[]>([]);
  const [comment, setComment] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  return (
    <form
      noValidate
      className="card stack check-in-form"
      aria-labelledby="check-in-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (relationship === null || counterpart === null || !isReasonCountValid(reasons)) {
          setProblem(intl.formatMessage({ id: "checkIn.incomplete" }));
          return answer.reset();
        }
        setProblem(null);
        answer.mutate({
          relationshipRating: relationship,
          counterpartRating: counterpart,
          reasons,
          comment,
        });
      }}
    >
      <h3 id="check-in-title" className="h-small">
        <FormattedMessage id="checkIn.title" />
      </h3>
      <p className="muted">
        <FormattedMessage id="checkIn.intro" />
      </p>
      <p>
        <FormattedMessage
          id="checkIn.closes"
          values={{ date: <DateOnly key="d" value={checkIn.closesAt.slice(0, 10)} /> }}
        />
      </p>
      <FormAlert error={answer.error} problem={problem} />
      <RatingScale
        name="relationshipRating"
        legend={<FormattedMessage id="checkIn.relationship" />}
        value={relationship}
        onChange={setRelationship}
      />
      <RatingScale
        name="counterpartRating"
        legend={<FormattedMessage id="checkIn.counterpart" values={{ side: otherSide }} />}
        value={counterpart}
        onChange={setCounterpart}
      />
      <fieldset className="field">
        <legend>
          <FormattedMessage id="checkIn.reasons" values={{ count: reasons.length }} />
        </legend>
        <div className="check-in-reasons">
          {CHECK_IN_REASONS.map((reason) => {
            const isChecked = reasons.includes(reason);
            return (
              <label key={reason} className="checkbox-label">
                <input
                  type="checkbox"
                  name="reasons"
                  value={reason}
                  checked={isChecked}
                  disabled={!isChecked && reasons.length >= 3}
                  onChange={() =>
                    setReasons((current) =>
                      isChecked ? current.filter((r) => r !== reason) : [...current, reason],
                    )
                  }
                />{" "}
                <FormattedMessage id={CHECK_IN_REASON_LABELS[reason]} />
              </label>
            );
          })}
        </div>
      </fieldset>
      <TextAreaField
        id="check-in-comment"
        rows={2}
        maxLength={2000}
        label={<FormattedMessage id="checkIn.comment" />}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="button-row">
        <button type="submit" disabled={answer.isPending}>
          <FormattedMessage id="checkIn.submit" />
        </button>
      </div>
    </form>
  );
}
