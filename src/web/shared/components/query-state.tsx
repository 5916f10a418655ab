import { FormattedMessage } from "react-intl";
import { useErrorMessage } from "./form-alert";

export function Loading() {
  return (
    <p role="status" className="muted">
      <FormattedMessage id="app.loading" />
    </p>
  );
}

/** A query that failed, with the server's message and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message = useErrorMessage(error);
  return (
    <div className="alert alert-error" role="alert">
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          <FormattedMessage id="app.retry" />
        </button>
      ) : null}
    </div>
  );
}
