import { FormattedMessage, useIntl } from "react-intl";
import { CHECK_IN_REASONS, type CheckInReason } from "../../../../domain/health/facts";
import type { CheckIn } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { TextAreaField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { AnswerCheckInBody } from "../../../../contracts/health";
import { useAnswerCheckIn } from "../api/check-ins";
import { CHECK_IN_REASON_LABELS } from "../health-labels";

const RATINGS = Array.from({ length: 11 }, (_, rating) => rating);

/** A 0–10 scale as eleven radio buttons, read as one question. */
function RatingScale({
  name,
  legend,
  value,
  error,
  onChange,
}: {
  name: string;
  legend: React.ReactNode;
  value: number | null;
  error: string | undefined;
  onChange: (rating: number) => void;
}) {
  const errorId = `check-in-${name}-error`;
  return (
    <fieldset
      className={error ? "field rating-scale field-invalid" : "field rating-scale"}
      aria-describedby={error ? errorId : undefined}
    >
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
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** What the form holds: no rating until one is picked. */
interface CheckInValues {
  relationshipRating: number | null;
  counterpartRating: number | null;
  reasons: CheckInReason[];
  comment: string;
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
  const form = useContractForm<typeof AnswerCheckInBody, CheckInValues>(AnswerCheckInBody, {
    defaultValues: { relationshipRating: null, counterpartRating: null, reasons: [], comment: "" },
    words: {
      relationshipRating: { required: "form.checkIn.ratingMissing" },
      counterpartRating: { required: "form.checkIn.ratingMissing" },
      reasons: { invalid: "form.checkIn.reasonsCount" },
    },
  });
  const { relationshipRating, counterpartRating, reasons } = form.watch();

  return (
    <form
      noValidate
      className="card stack check-in-form"
      aria-labelledby="check-in-title"
      onSubmit={form.submitWith((body) => answer.mutate(body, { onError: form.showServerErrors }))}
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
      <FormAlert
        error={answer.error}
        problem={
          Object.keys(form.formState.errors).length > 0
            ? intl.formatMessage({ id: "checkIn.incomplete" })
            : null
        }
      />
      <RatingScale
        name="relationshipRating"
        legend={<FormattedMessage id="checkIn.relationship" />}
        value={relationshipRating}
        error={form.errorOf("relationshipRating")}
        onChange={(rating) => form.change({ relationshipRating: rating })}
      />
      <RatingScale
        name="counterpartRating"
        legend={<FormattedMessage id="checkIn.counterpart" values={{ side: otherSide }} />}
        value={counterpartRating}
        error={form.errorOf("counterpartRating")}
        onChange={(rating) => form.change({ counterpartRating: rating })}
      />
      <fieldset
        className={form.errorOf("reasons") ? "field field-invalid" : "field"}
        aria-describedby={form.errorOf("reasons") ? "check-in-reasons-error" : undefined}
      >
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
                    form.change({
                      reasons: isChecked
                        ? reasons.filter((r) => r !== reason)
                        : [...reasons, reason],
                    })
                  }
                />{" "}
                <FormattedMessage id={CHECK_IN_REASON_LABELS[reason]} />
              </label>
            );
          })}
        </div>
        {form.errorOf("reasons") ? (
          <p className="field-error" id="check-in-reasons-error">
            {form.errorOf("reasons")}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        id="check-in-comment"
        rows={2}
        maxLength={2000}
        label={<FormattedMessage id="checkIn.comment" />}
        {...form.field("comment")}
      />
      <div className="button-row">
        <button type="submit" disabled={answer.isPending}>
          <FormattedMessage id="checkIn.submit" />
        </button>
      </div>
    </form>
  );
}
