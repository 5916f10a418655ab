import { useRef } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { UseMutationResult } from "@tanstack/react-query";
import { isApiError } from "../../../shared/api/api-client";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextAreaField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { ReplyBody as ReplyContract } from "../../../../contracts/reviews";
import { ScreeningNudge } from "../../messages/components/screening-nudge";
import { REPLY_WORDS } from "../review-form-state";
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
  const form = useContractForm(ReplyContract, {
    defaultValues: { body: "", sendAnyway: false },
    words: REPLY_WORDS,
  });
  const send = (sendAnyway: boolean) =>
    form.submitWith((body) =>
      reply.mutate({ ...body, sendAnyway }, { onError: form.showServerErrors }),
    );
  return (
    <form
      ref={formRef}
      noValidate
      className="stack-sm"
      aria-label={intl.formatMessage({ id: "reviews.reply.form" })}
      onSubmit={form.submitWith((body) => reply.mutate(body, { onError: form.showServerErrors }))}
    >
      {nudge ? (
        <ScreeningNudge
          nudge={nudge}
          isSending={reply.isPending}
          onRevise={() => {
            reply.reset();
            formRef.current?.querySelector("textarea")?.focus();
          }}
          onSendAnyway={() => send(true)()}
        />
      ) : (
        <FormAlert error={error} />
      )}
      <TextAreaField
        required
        rows={3}
        label={<FormattedMessage id="reviews.reply.body" />}
        hint={<FormattedMessage id="reviews.reply.hint" />}
        {...form.field("body")}
      />
      <button type="submit" className="align-start" disabled={reply.isPending}>
        <FormattedMessage id="reviews.reply.submit" />
      </button>
    </form>
  );
}
