import { FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import { ORG_KIND_LABELS } from "../../../shared/i18n/labels";
import { useCurrentOrg } from "../current-org";

/** Chooses the organisation the user acts for; `onSwitch` lets the page follow the choice. */
export function OrgSwitcher({ onSwitch }: { onSwitch?: (orgId: string) => void }) {
  const intl = useIntl();
  const { currentOrg, organisations, setCurrentOrgId } = useCurrentOrg();

  if (organisations.length === 0 || !currentOrg) {
    return (
      <Link to="/orgs/new" className="org-switcher-create">
        <FormattedMessage id="org.create.link" />
      </Link>
    );
  }

  return (
    <div className="org-switcher">
      <label htmlFor="org-switcher">
        <FormattedMessage id="org.switcher.label" />
      </label>
      <select
        id="org-switcher"
        value={currentOrg.id}
        onChange={(event) => {
          setCurrentOrgId(event.target.value);
          onSwitch?.(event.target.value);
        }}
      >
        {organisations.map((org) => (
          <option key={org.id} value={org.id}>
            {intl.formatMessage(
              { id: "org.switcher.option" },
              { name: org.name, kind: intl.formatMessage({ id: ORG_KIND_LABELS[org.kind] }) },
            )}
          </option>
        ))}
      </select>
    </div>
  );
}
