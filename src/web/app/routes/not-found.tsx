import { FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

export function NotFoundRoute() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "app.notFound.title" }));
  return (
    <div className="narrow stack">
      <h1>
        <FormattedMessage id="app.notFound.title" />
      </h1>
      <p>
        <FormattedMessage id="app.notFound.body" />
      </p>
      <Link to="/">
        <FormattedMessage id="app.notFound.home" />
      </Link>
    </div>
  );
}
