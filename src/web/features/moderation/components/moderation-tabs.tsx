import { FormattedMessage, useIntl } from "react-intl";
import { NavLink } from "react-router";

/** The moderators' area: the queue of cases, and the reviews marked for a closer look. */
export function ModerationTabs() {
  const intl = useIntl();
  return (
    <nav aria-label={intl.formatMessage({ id: "moderation.tabs.label" })} className="tabs">
      <NavLink to="/moderation" end>
        <FormattedMessage id="moderation.tabs.queue" />
      </NavLink>
      <NavLink to="/moderation/closer-look">
        <FormattedMessage id="moderation.tabs.closerLook" />
      </NavLink>
    </nav>
  );
}
