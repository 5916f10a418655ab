import { FormattedMessage, useIntl } from "react-intl";
import { useNavigate } from "react-router";
import { EngagementsTable } from "../../features/engagements/components/engagements-table";
import { StartEngagementForm } from "../../features/engagements/components/start-engagement-form";
import { useCurrentOrg } from "../../features/orgs/current-org";
import { Loading } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { ORG_KIND_LABELS } from "../../shared/i18n/labels";
import { NoOrganisation } from "./no-organisation";

export function EngagementsRoute() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { currentOrg, isLoading } = useCurrentOrg();
  useDocumentTitle(intl.formatMessage({ id: "engagements.title" }));

  return (
    <div className="stack-lg">
      <div>
        <h1>
          <FormattedMessage id="engagements.title" />
        </h1>
        {currentOrg ? (
          <p className="muted">
            {currentOrg.name} · <FormattedMessage id={ORG_KIND_LABELS[currentOrg.kind]} />
          </p>
        ) : null}
      </div>
      {isLoading ? (
        <Loading />
      ) : !currentOrg ? (
        <NoOrganisation />
      ) : (
        <>
          <EngagementsTable key={currentOrg.id} orgId={currentOrg.id} kind={currentOrg.kind} />
          <section className="card stack" aria-labelledby="start-engagement-title">
            <h2 id="start-engagement-title">
              <FormattedMessage id="engagement.start.title" />
            </h2>
            {!currentOrg.abilities.work ? (
              <p className="muted">
                <FormattedMessage id="engagement.start.viewerNotice" />
              </p>
            ) : (
              <StartEngagementForm
                org={currentOrg}
                onStarted={(engagement) => void navigate(`/engagements/${engagement.id}`)}
              />
            )}
          </section>
        </>
      )}
    </div>
  );
}
