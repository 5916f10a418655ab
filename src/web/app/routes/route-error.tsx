import { FormattedMessage } from "react-intl";

/** The last resort when a page fails to render: say so, and offer a fresh start. */
export function RouteError() {
  return (
    <main id="main" className="container narrow stack">
      <h1>
        <FormattedMessage id="app.crash.title" />
      </h1>
      <p>
        <FormattedMessage id="app.crash.body" />
      </p>
      <a href="/" className="button-link align-start">
        <FormattedMessage id="app.crash.reload" />
      </a>
    </main>
  );
}
