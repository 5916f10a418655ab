import { FormattedMessage } from "react-intl";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { TextAreaField, formText } from "../../../shared/components/fields";
import { usePostMessage } from "../api/post-message";

/** Writing in a thread. Ctrl+Enter (⌘+Enter) sends, as in most mail and chat tools. */
export function MessageComposer({
  engagementId,
  thread,
}: {
  engagementId: string;
  thread: string;
}) {
  const post = usePostMessage(engagementId);
  const { error } = post;
  return (
    <form
      noValidate
      className="stack-sm message-composer"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        post.mutate(
          { thread, body: formText(new FormData(form), "body") },
          { onSuccess: () => form.reset() },
        );
      }}
    >
      <FormAlert error={error} />
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
