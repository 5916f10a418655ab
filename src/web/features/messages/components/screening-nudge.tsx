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
      {nudge.fields.length > 0 && (
        <>
          <p>
            <FormattedMessage id="messages.nudge.evidence" />
          </p>
          <ul>
            {nudge.fields.map((field) => (
              <li key={field.path}>{field.message}</li>
            ))}
          </ul>
        </>
      )}
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
