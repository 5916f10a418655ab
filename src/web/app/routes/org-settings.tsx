import { FormattedMessage, useIntl } from "react-intl";
import { Link, useParams } from "react-router";
import { useIsMailboxAvailable } from "../../features/mailbox/api/get-mailbox";
import { useActForOrg, useCurrentOrg } from "../../features/orgs/current-org";
import { Loading } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import type { AppMessageKey } from "../../shared/i18n/messages";
import { NoOrganisation } from "./no-organisation";

interface SettingsLink {
  to: string;
  title: AppMessageKey;
  body: AppMessageKey;
}

/** The organisation's settings: who is in it, how integrators reach it, and the demo mailbox. */
export function OrgSettingsRoute() {
  const intl = useIntl();
  const { orgId } = useParams();
  const { organisations, isLoading } = useCurrentOrg();
  const hasMailbox = useIsMailboxAvailable();
  useActForOrg(orgId ?? "");
  const org = organisations.find((candidate) => candidate.id === orgId);
  useDocumentTitle(intl.formatMessage({ id: "orgSettings.title" }, { name: org?.name ?? "" }));
  if (isLoading) return <Loading />;
  if (!org) return <NoOrganisation />;

  const links: SettingsLink[] = [
    { to: `/orgs/${org.id}/members`, title: "nav.members", body: "orgSettings.members" },
    ...(org.abilities.manageTokens
      ? [{ to: "/tokens", title: "nav.tokens", body: "orgSettings.tokens" } as const]
      : []),
    { to: `/orgs/${org.id}/webhooks`, title: "nav.webhooks", body: "orgSettings.webhooks" },
    ...(hasMailbox
      ? [{ to: "/mailbox", title: "nav.mailbox", body: "orgSettings.mailbox" } as const]
      : []),
  ];
  return (
    <div className="stack-lg">
      <h1>
        <FormattedMessage id="orgSettings.title" values={{ name: org.name }} />
      </h1>
      <ul className="settings-links">
        {links.map((link) => (
          <li key={link.to} className="card stack-sm">
            <Link to={link.to}>
              <FormattedMessage id={link.title} />
            </Link>
            <p className="muted">
              <FormattedMessage id={link.body} />
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
