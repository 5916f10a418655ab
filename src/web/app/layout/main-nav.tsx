import { FormattedMessage, useIntl } from "react-intl";
import { NavLink } from "react-router";
import { useMe } from "../../features/auth/api/get-me";
import { useIsMailboxAvailable } from "../../features/mailbox/api/get-mailbox";
import { NotificationsLink } from "../../features/notifications/components/notifications-link";
import { useCurrentOrg } from "../../features/orgs/current-org";

export function MainNav() {
  const intl = useIntl();
  const { currentOrg } = useCurrentOrg();
  const hasMailbox = useIsMailboxAvailable();
  const isModerator = useMe().data?.user.platformRole === "moderator";

  return (
    <nav aria-label={intl.formatMessage({ id: "nav.label" })} className="main-nav">
      <ul>
        <li>
          <NavLink to="/" end>
            <FormattedMessage id="nav.home" />
          </NavLink>
        </li>
        <li>
          <NavLink to="/engagements">
            <FormattedMessage id="nav.engagements" />
          </NavLink>
        </li>
        <li>
          <NotificationsLink />
        </li>
        {currentOrg?.kind === "client" ? (
          <li>
            <NavLink to="/briefs">
              <FormattedMessage id="nav.briefs" />
            </NavLink>
          </li>
        ) : null}
        {currentOrg?.kind === "provider" ? (
          <>
            <li>
              <NavLink to="/profile">
                <FormattedMessage id="nav.profile" />
              </NavLink>
            </li>
            <li>
              <NavLink to="/briefs">
                <FormattedMessage id="nav.briefsForYou" />
              </NavLink>
            </li>
            <li>
              <NavLink to="/proposals">
                <FormattedMessage id="nav.proposals" />
              </NavLink>
            </li>
          </>
        ) : null}
        {currentOrg ? (
          <li>
            <NavLink to={`/orgs/${currentOrg.id}/members`}>
              <FormattedMessage id="nav.members" />
            </NavLink>
          </li>
        ) : null}
        {currentOrg ? (
          <li>
            <NavLink to={`/orgs/${currentOrg.id}/webhooks`}>
              <FormattedMessage id="nav.webhooks" />
            </NavLink>
          </li>
        ) : null}
        {currentOrg ? (
          <li>
            <NavLink to={`/orgs/${currentOrg.id}/billing`}>
              <FormattedMessage id="nav.billing" />
            </NavLink>
          </li>
        ) : null}
        {currentOrg?.myRole === "owner" ? (
          <li>
            <NavLink to="/tokens">
              <FormattedMessage id="nav.tokens" />
            </NavLink>
          </li>
        ) : null}
        {hasMailbox ? (
          <li>
            <NavLink to="/mailbox">
              <FormattedMessage id="nav.mailbox" />
            </NavLink>
          </li>
        ) : null}
        {isModerator ? (
          <li>
            <NavLink to="/taxonomy">
              <FormattedMessage id="nav.taxonomy" />
            </NavLink>
          </li>
        ) : null}
        <li>
          <NavLink to="/settings">
            <FormattedMessage id="nav.settings" />
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
