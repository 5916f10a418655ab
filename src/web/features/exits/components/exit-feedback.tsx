import { FormattedMessage, useIntl } from "react-intl";
import { ExitFeedbackBody } from "../../../../contracts/exits";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextAreaField, TextField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useGiveExitFeedback } from "../api/change-exit";
import { EXIT_FEEDBACK_WORDS, readExitFeedback, type ExitFeedbackValues } from "../exit-form-state";
import type { Exit } from "../exit-types";

/** Each side's private exit feedback, and whether it would work with the other side again. */
export function ExitFeedback({
  engagementId,
  exit,
  mySide,
  canAct,
}: {
  engagementId: string;
  exit: Exit;
  mySide: "client" | "provider";
  canAct: boolean;
}) {
  const intl = useIntl();
  const give = useGiveExitFeedback(engagementId);
  const form = useContractForm<typeof ExitFeedbackBody, ExitFeedbackValues>(ExitFeedbackBody, {
    defaultValues: { rating: "8", wouldWorkAgain: true, comment: "" },
    words: EXIT_FEEDBACK_WORDS,
    read: readExitFeedback,
  });
  const mine = exit.feedback.find((f) => f.side === mySide);
  const theirs = exit.feedback.find((f) => f.side !== mySide);
  return (
    <section className="card stack-sm" aria-labelledby="exit-feedback-title">
      <h2 id="exit-feedback-title">
        <FormattedMessage id="exit.feedback.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="exit.feedback.intro" />
      </p>
      {theirs ? (
        <p>
          <FormattedMessage id="exit.feedback.given" values={{ side: theirs.side }} />
        </p>
      ) : null}
      {mine ? (
        <p>
          <FormattedMessage
            id="exit.feedback.mine"
            values={{ rating: mine.rating ?? 0, again: mine.wouldWorkAgain ? "yes" : "no" }}
          />
        </p>
      ) : canAct ? (
        <form
          noValidate
          className="stack-sm"
          aria-label={intl.formatMessage({ id: "exit.feedback.title" })}
          onSubmit={form.submitWith((body) =>
            give.mutate(body, { onError: form.showServerErrors }),
          )}
        >
          <FormAlert error={give.error} />
          <TextField
            type="number"
            min={0}
            max={10}
            label={<FormattedMessage id="exit.feedback.rating" />}
            required
            {...form.field("rating")}
          />
          <label className="choice">
            <input type="checkbox" {...form.register("wouldWorkAgain")} />
            <span>
              <FormattedMessage id="exit.feedback.again" />
            </span>
          </label>
          <TextAreaField
            rows={2}
            label={<FormattedMessage id="exit.feedback.comment" />}
            {...form.field("comment")}
          />
          <button type="submit" className="align-start" disabled={give.isPending}>
            <FormattedMessage id="exit.feedback.submit" />
          </button>
        </form>
      ) : null}
    </section>
  );
}
