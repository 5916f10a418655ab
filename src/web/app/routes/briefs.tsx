import { FormattedMessage, useIntl } from "react-intl";
import { BriefsTable } from "../../features/briefs/components/briefs-table";
import { useCurrentOrg } from "../../features/orgs/current-org";
import { Loading } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { NoOrganisation } from "./no-organisation";

/** A client's briefs, or, for a provider, the published briefs it can answer. */
export function BriefsRoute() {
  const intl = useIntl();
  const { currentOrg, isLoading } = useCurrentOrg();
  const isClient = currentOrg?.kind !== "provider";
  const titleId = isClient ? "briefs.title" : "briefs.forYou.title";
  useDocumentTitle(intl.formatMessage({ id: titleId }));

  if (isLoading) return <Loading />;
  if (!currentOrg) return <NoOrganisation />;
  return (
    <div className="stack-lg">
      <div className="stack-sm">
        <h1>
          <FormattedMessage id={titleId} />
        </h1>
        <p className="muted">
          <FormattedMessage id={isClient ? "briefs.intro" : "briefs.forYou.intro"} />
        </p>
      </div>
      <BriefsTable
        key={currentOrg.id}
        orgId={currentOrg.id}
        side={isClient ? "client" : "provider"}
        canWrite={isClient && currentOrg.abilities.work}
      />
    </div>
  );
}
