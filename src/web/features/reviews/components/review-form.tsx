import { useRef } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { UseMutationResult } from "@tanstack/react-query";
import { isApiError } from "../../../shared/api/api-client";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { SelectField, TextAreaField, TextField, formText } from "../../../shared/components/fields";
import { ScreeningNudge } from "../../messages/components/screening-nudge";
import { ASPECT_LABELS, aspectsRatedBy } from "../review-labels";
import type { ReviewRound, ScreeningNotice, SubmitReviewBody } from "../review-types";

type SubmitMutation = UseMutationResult<
  { round: ReviewRound; screening: ScreeningNotice | null },
  Error,
  SubmitReviewBody
>;

const STAR_CHOICES = [5, 4, 3, 2, 1] as const;

const numberOrNaN = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

/**
 * The caller's side reviews the other after an occasion: a public text, 1–5 stars on each
 * aspect of the other side, and a private 0–10 rating only their own side will see. A text that
 * reads as a threat is held back with the nudge; the writer revises it or sends it as written.
 */
export function ReviewForm({
  round,
  mySide,
  submit,
}: {
  round: ReviewRound;
  mySide: "client" | "provider";
  submit: SubmitMutation;
}) {
  const intl = useIntl();
  const formRef = useRef<HTMLFormElement>(null);
  const { error } = submit;
  const nudge = isApiError(error, "screening_nudge") ? error : null;
  const aspects = aspectsRatedBy(mySide);
  const send = (sendAnyway: boolean) => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    submit.mutate({
      occasion: round.occasion,
      body: formText(data, "body"),
      stars: Object.fromEntries(aspects.map((a) => [a, numberOrNaN(formText(data, `stars.${a}`))])),
      // Left empty, the rating is sent as null so the server names the field, never as 0.
      privateRating: numberOrNaN(formText(data, "privateRating")),
      sendAnyway,
    });
  };
  return (
    <form
      ref={formRef}
      noValidate
      className="stack"
      aria-label={intl.formatMessage({ id: "reviews.form.title" })}
      onSubmit={(event) => {
        event.preventDefault();
        send(false);
      }}
    >
      <h3>
        <FormattedMessage id="reviews.form.title" />
      </h3>
      {nudge ? (
        <ScreeningNudge
          nudge={nudge}
          isSending={submit.isPending}
          onRevise={() => {
            submit.reset();
            formRef.current?.querySelector("textarea")?.focus();
          }}
          onSendAnyway={() => send(true)}
        />
      ) : (
        <FormAlert error={error} />
      )}
      <TextAreaField
        name="body"
        required
        rows={4}
        label={<FormattedMessage id="reviews.form.body" />}
        hint={<FormattedMessage id="reviews.form.body.hint" />}
        error={fieldError(error, "body")}
      />
      <fieldset className="stack-sm">
        <legend>
          <FormattedMessage id="reviews.form.stars" />
        </legend>
        <div className="inline-fields">
          {aspects.map((aspect) => (
            <SelectField
              key={aspect}
              name={`stars.${aspect}`}
              required
              defaultValue=""
              label={<FormattedMessage id={ASPECT_LABELS[aspect]} />}
              error={fieldError(error, `stars.${aspect}`) ?? fieldError(error, "stars")}
            >
              <option value="" disabled>
                {intl.formatMessage({ id: "reviews.form.stars.choose" })}
              </option>
              {STAR_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {intl.formatMessage({ id: "reviews.stars" }, { count: n })}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
      </fieldset>
      <TextField
        name="privateRating"
        type="number"
        inputMode="numeric"
        min={0}
        max={10}
        step={1}
        required
        className="narrow"
        label={<FormattedMessage id="reviews.form.privateRating" />}
        hint={<FormattedMessage id="reviews.form.privateRating.hint" />}
        error={fieldError(error, "privateRating")}
      />
      <p className="muted">
        <FormattedMessage id="reviews.form.final" />
      </p>
      <button type="submit" className="align-start" disabled={submit.isPending}>
        <FormattedMessage id="reviews.form.submit" />
      </button>
    </form>
  );
}
