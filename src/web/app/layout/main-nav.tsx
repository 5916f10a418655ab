import { FormattedMessage, useIntl } from "react-intl";
import { NavLink } from "react-router";
import { useMe } from "../../features/auth/api/get-me";
import { NotificationsLink } from "../../features/notifications/components/notifications-link";
import { useCurrentOrg } from "../../features/orgs/current-org";

/**
 * The work first: home, engagements, briefs (or, for a provider, the briefs for it and its
 * proposals) and invoices. Members, API tokens, webhooks and the mailbox live under the
 * organisation's settings and the account menu. Other parts add their links here.
 */
export function MainNav() {
  const intl = useIntl();
  const { currentOrg } = useCurrentOrg();
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
            <NavLink to={`/orgs/${currentOrg.id}/billing`}>
              <FormattedMessage id="nav.invoices" />
            </NavLink>
          </li>
        ) : null}
        <li>
          <NotificationsLink />
        </li>
        {currentOrg?.kind === "provider" ? (
          <li>
            <NavLink to="/profile">
              <FormattedMessage id="nav.profile" />
            </NavLink>
          </li>
        ) : null}
        {currentOrg ? (
          <li>
            <NavLink to={`/orgs/${currentOrg.id}/settings`}>
              <FormattedMessage id="nav.organisation" />
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
        {isModerator ? (
          <li>
            <NavLink to="/moderation">
              <FormattedMessage id="nav.moderation" />
            </NavLink>
          </li>
        ) : null}
        {currentOrg ? (
          <li>
            <NavLink to="/cases">
              <FormattedMessage id="nav.cases" />
            </NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
