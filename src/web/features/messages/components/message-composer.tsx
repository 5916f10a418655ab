import { useRef } from "react";
import { FormattedMessage } from "react-intl";
import { isApiError } from "../../../shared/api/api-client";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { TextAreaField, formText } from "../../../shared/components/fields";
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
  const formRef = useRef<HTMLFormElement>(null);
  const { error } = post;
  const nudge = isApiError(error, "screening_nudge") ? error : null;
  const send = (sendAnyway: boolean) => {
    const form = formRef.current;
    if (!form) return;
    post.mutate(
      { thread, body: formText(new FormData(form), "body"), sendAnyway },
      { onSuccess: () => form.reset() },
    );
  };
  return (
    <form
      ref={formRef}
      noValidate
      className="stack-sm message-composer"
      onSubmit={(event) => {
        event.preventDefault();
        send(false);
      }}
    >
      {nudge ? (
        <ScreeningNudge
          nudge={nudge}
          isSending={post.isPending}
          onRevise={() => {
            post.reset();
            formRef.current?.querySelector("textarea")?.focus();
          }}
          onSendAnyway={() => send(true)}
        />
      ) : (
        <FormAlert error={error} success={post.data?.screening?.policy ?? null} />
      )}
      <TextAreaField
        name="body"
        required
        rows={3}
        label={<FormattedMessage id="messages.composer.label" />}
        hint={<FormattedMessage id="messages.composer.hint" />}
        error={fieldError(error, "body")}
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
