import { useRef } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { UseMutationResult } from "@tanstack/react-query";
import { isApiError } from "../../../shared/api/api-client";
import { FormAlert } from "../../../shared/components/form-alert";
import { SelectField, TextAreaField, TextField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { SubmitReviewBody as SubmitReviewContract } from "../../../../contracts/reviews";
import { ScreeningNudge } from "../../messages/components/screening-nudge";
import { REVIEW_WORDS, emptyReview, readReview, type ReviewValues } from "../review-form-state";
import { ASPECT_LABELS, aspectsRatedBy } from "../review-labels";
import type { ReviewRound, ScreeningNotice, SubmitReviewBody } from "../review-types";

type SubmitMutation = UseMutationResult<
  { round: ReviewRound; screening: ScreeningNotice | null },
  Error,
  SubmitReviewBody
>;

const STAR_CHOICES = [5, 4, 3, 2, 1] as const;

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
  const form = useContractForm<typeof SubmitReviewContract, ReviewValues>(SubmitReviewContract, {
    defaultValues: emptyReview(aspects),
    words: REVIEW_WORDS,
    read: readReview(round.occasion),
  });
  const send = (sendAnyway: boolean) =>
    form.submitWith((body) =>
      submit.mutate({ ...body, sendAnyway }, { onError: form.showServerErrors }),
    );
  return (
    <form
      ref={formRef}
      noValidate
      className="stack"
      aria-label={intl.formatMessage({ id: "reviews.form.title" })}
      onSubmit={form.submitWith((body) => submit.mutate(body, { onError: form.showServerErrors }))}
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
          onSendAnyway={() => send(true)()}
        />
      ) : (
        <FormAlert error={error} />
      )}
      <TextAreaField
        required
        rows={4}
        label={<FormattedMessage id="reviews.form.body" />}
        hint={<FormattedMessage id="reviews.form.body.hint" />}
        {...form.field("body")}
      />
      <fieldset className="stack-sm">
        <legend>
          <FormattedMessage id="reviews.form.stars" />
        </legend>
        <div className="inline-fields">
          {aspects.map((aspect) => (
            <SelectField
              key={aspect}
              required
              defaultValue=""
              label={<FormattedMessage id={ASPECT_LABELS[aspect]} />}
              {...form.field(`stars.${aspect}`)}
              error={form.errorOf(`stars.${aspect}`) ?? form.errorOf("stars")}
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
        type="number"
        inputMode="numeric"
        min={0}
        max={10}
        step={1}
        required
        className="narrow"
        label={<FormattedMessage id="reviews.form.privateRating" />}
        hint={<FormattedMessage id="reviews.form.privateRating.hint" />}
        {...form.field("privateRating")}
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
