import { FormattedMessage } from "react-intl";
import { PostMessageBody } from "../../../../contracts/messages";
import { isApiError } from "../../../shared/api/api-client";
import type { PostMessageBody as PostMessageValues } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextAreaField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { usePostMessage } from "../api/post-message";
import { ScreeningNudge } from "./screening-nudge";

/** Writing in a thread. Ctrl+Enter (⌘+Enter) sends, as in most mail and chat tools. */
export function MessageComposer({
  engagementId,
  thread,
}: {
  engagementId: string;
  thread: string;
}) {
  const post = usePostMessage(engagementId);
  const form = useContractForm(PostMessageBody, {
    defaultValues: { thread, body: "", sendAnyway: false },
    words: { body: { required: "form.message.bodyMissing" } },
  });
  const { error } = post;
  const nudge = isApiError(error, "screening_nudge") ? error : null;
  const deliver = (sendAnyway: boolean) => (values: PostMessageValues) =>
    post.mutate(
      { ...values, thread, sendAnyway },
      {
        onSuccess: () => form.reset({ thread, body: "", sendAnyway: false }),
        onError: form.showServerErrors,
      },
    );
  const body = form.field("body");
  return (
    <form
      noValidate
      className="stack-sm message-composer"
      onSubmit={form.submitWith(deliver(false))}
    >
      {nudge ? (
        <ScreeningNudge
          nudge={nudge}
          isSending={post.isPending}
          onRevise={() => {
            post.reset();
            form.setFocus("body");
          }}
          onSendAnyway={() => form.submitWith(deliver(true))()}
        />
      ) : (
        <FormAlert error={error} success={post.data?.screening?.policy ?? null} />
      )}
      <TextAreaField
        required
        rows={3}
        label={<FormattedMessage id="messages.composer.label" />}
        hint={<FormattedMessage id="messages.composer.hint" />}
        {...body}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
      <button type="submit" className="align-start" disabled={post.isPending}>
        <FormattedMessage id="messages.composer.submit" />
      </button>
    </form>
  );
}
