import { FormattedMessage } from "react-intl";
import { Link } from "react-router";
import { isApiError } from "../../../shared/api/api-client";
import { FormAlert } from "../../../shared/components/form-alert";
import { useFocusOnOutcome } from "../../../shared/hooks/use-focus-on-outcome";
import { useUnsubscribeFromEmail } from "../api/unsubscribe-from-email";

/**
 * Where a browser that opened a mail's unsubscribe link lands: opening changed nothing (link
 * scanners open links too), so the reader's one press sends the link's POST. A refused link
 * leaves only the server's sentence, which says where to choose instead.
 */
export function UnsubscribeFromEmail({ token }: { token: string }) {
  const unsubscribe = useUnsubscribeFromEmail();
  const outcome = useFocusOnOutcome<HTMLParagraphElement>(!unsubscribe.isSuccess);

  if (unsubscribe.isSuccess) {
    return (
      <p ref={outcome} tabIndex={-1} className="alert alert-success" role="status">
        <FormattedMessage
          id="unsubscribe.done"
          values={{ link: (text) => <Link to="/settings">{text}</Link> }}
        />
      </p>
    );
  }
  // A network failure may be tried again; a refused link stays refused.
  const isRefused = isApiError(unsubscribe.error, "unsubscribe_link_invalid");
  return (
    <div className="stack">
      <FormAlert error={unsubscribe.error} />
      {isRefused ? null : (
        <button
          type="button"
          className="align-start"
          disabled={unsubscribe.isPending}
          onClick={() => unsubscribe.mutate(token)}
        >
          <FormattedMessage id="unsubscribe.submit" />
        </button>
      )}
    </div>
  );
}
