import { FormattedMessage, useIntl } from "react-intl";
import { useParams } from "react-router";
import { UnsubscribeFromEmail } from "../../features/notifications/components/unsubscribe-from-email";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

/** Where `GET /api/v1/unsubscribe/:token` sends a browser: signed in or not, one button. */
export function UnsubscribeRoute() {
  const intl = useIntl();
  const { token = "" } = useParams();
  useDocumentTitle(intl.formatMessage({ id: "unsubscribe.title" }));
  return (
    <div className="narrow stack">
      <h1>
        <FormattedMessage id="unsubscribe.title" />
      </h1>
      <p className="muted">
        <FormattedMessage id="unsubscribe.intro" />
      </p>
      <UnsubscribeFromEmail token={token} />
    </div>
  );
}
