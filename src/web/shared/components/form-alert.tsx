import { useIntl } from "react-intl";
import { isApiError } from "../api/api-client";

/** The message to show for a failed request: the server's own, localised, when it sent one. */
export function useErrorMessage(error: unknown): string | null {
  const intl = useIntl();
  if (!error) return null;
  if (isApiError(error) && error.message) return error.message;
  if (isApiError(error, "network")) return intl.formatMessage({ id: "app.error.network" });
  return intl.formatMessage({ id: "app.error.generic" });
}

/** The server's message for one field, matched by its dotted path. */
export function fieldError(error: unknown, path: string): string | undefined {
  if (!isApiError(error)) return undefined;
  return error.fields.find((field) => field.path === path)?.message;
}

/**
 * The top-of-form message. The live region is always in the page so that screen readers
 * announce the message when it appears, not only when focus reaches it.
 */
export function FormAlert({
  error,
  success,
  problem,
}: {
  error: unknown;
  success?: string | null;
  /** A problem the form found itself before sending anything. */
  problem?: string | null;
}) {
  const message = useErrorMessage(error) ?? problem ?? null;
  return (
    <div aria-live="polite" className="form-alert-region">
      {message ? (
        <p className="alert alert-error">{message}</p>
      ) : success ? (
        <p className="alert alert-success">{success}</p>
      ) : null}
    </div>
  );
}
