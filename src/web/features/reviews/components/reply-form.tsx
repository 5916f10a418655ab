import { useRef } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { UseMutationResult } from "@tanstack/react-query";
import { isApiError } from "../../../shared/api/api-client";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { TextAreaField, formText } from "../../../shared/components/fields";
import { ScreeningNudge } from "../../messages/components/screening-nudge";
import type { ReplyBody, ReviewRoundList, ScreeningNotice } from "../review-types";

type ReplyMutation = UseMutationResult<
  ReviewRoundList & { screening: ScreeningNotice | null },
  Error,
  ReplyBody
>;

/** The reviewed party's one public reply, screened like every text, with the nudge. */
export function ReplyForm({ reply }: { reply: ReplyMutation }) {
  const intl = useIntl();
  const formRef = useRef<HTMLFormElement>(null);
  const { error } = reply;
  const nudge = isApiError(error, "screening_nudge") ? error : null;
  const send = (sendAnyway: boolean) => {
    const form = formRef.current;
    if (!form) return;
    reply.mutate({ body: formText(new FormData(form), "body"), sendAnyway });
  };
  return (
    <form
      ref={formRef}
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "reviews.reply.form" })}
      onSubmit={(event) => {
        event.preventDefault();
        send(false);
      }}
    >
      {nudge ? (
        <ScreeningNudge
          nudge={nudge}
          isSending={reply.isPending}
          onRevise={() => {
            reply.reset();
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
        rows={3}
        label={<FormattedMessage id="reviews.reply.body" />}
        hint={<FormattedMessage id="reviews.reply.hint" />}
        error={fieldError(error, "body")}
      />
      <button type="submit" className="align-start" disabled={reply.isPending}>
        <FormattedMessage id="reviews.reply.submit" />
      </button>
    </form>
  );
}
