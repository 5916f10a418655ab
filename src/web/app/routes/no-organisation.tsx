import { FormattedMessage } from "react-intl";
import { Link } from "react-router";

/** Shown by pages that act for an organisation when the user has none yet. */
export function NoOrganisation() {
  return (
    <div className="card stack">
      <h2>
        <FormattedMessage id="org.none.title" />
      </h2>
      <p>
        <FormattedMessage id="org.none.body" />
      </p>
      <Link to="/orgs/new" className="button-link align-start">
        <FormattedMessage id="org.create.link" />
      </Link>
    </div>
  );
}
