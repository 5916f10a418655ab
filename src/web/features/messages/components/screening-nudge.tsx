import { FormattedMessage } from "react-intl";
import type { ApiError } from "../../../shared/api/api-client";

/**
 * The nudge before sending: the server held the text back because it reads as a threat. It
 * shows the policy (the server's message, in the reader's language) and the phrases behind the
 * finding; the sender revises, or sends the text as written.
 */
export function ScreeningNudge({
  nudge,
  isSending,
  onRevise,
  onSendAnyway,
}: {
  nudge: ApiError;
  isSending: boolean;
  onRevise: () => void;
  onSendAnyway: () => void;
}) {
  // A link to a review found from the context names fields and ids, not words the sender wrote.
  const isContextLink = (path: string) => path.endsWith(".context-link");
  const phrases = nudge.fields.filter((field) => !isContextLink(field.path));
  const isLinkedToReview = nudge.fields.some((field) => isContextLink(field.path));
  return (
    <div
      role="alertdialog"
      aria-labelledby="screening-nudge-title"
      className="alert alert-info stack-sm"
    >
      <strong id="screening-nudge-title">
        <FormattedMessage id="messages.nudge.title" />
      </strong>
      <p>{nudge.message}</p>
      {phrases.length > 0 && (
        <>
          <p>
            <FormattedMessage id="messages.nudge.evidence" />
          </p>
          <ul>
            {phrases.map((field) => (
              <li key={field.path}>{field.message}</li>
            ))}
          </ul>
        </>
      )}
      {isLinkedToReview ? (
        <p>
          <FormattedMessage id="messages.nudge.linkedToReview" />
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" onClick={onRevise}>
          <FormattedMessage id="messages.nudge.revise" />
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={isSending}
          onClick={onSendAnyway}
        >
          <FormattedMessage id="messages.nudge.sendAnyway" />
        </button>
      </div>
    </div>
  );
}
