import { FormattedMessage, useIntl } from "react-intl";
import { Link, useNavigate } from "react-router";
import { BriefEditor } from "../../features/briefs/components/brief-editor";
import { useCurrentOrg } from "../../features/orgs/current-org";
import { Loading } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { NoOrganisation } from "./no-organisation";

export function BriefNewRoute() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { currentOrg, isLoading } = useCurrentOrg();
  useDocumentTitle(intl.formatMessage({ id: "brief.new.title" }));

  if (isLoading) return <Loading />;
  if (!currentOrg) return <NoOrganisation />;
  return (
    <div className="stack-lg">
      <Link to="/briefs" className="back-link">
        <FormattedMessage id="brief.back" />
      </Link>
      <div className="stack-sm">
        <h1>
          <FormattedMessage id="brief.new.title" />
        </h1>
        <p className="muted">
          <FormattedMessage id="brief.new.intro" values={{ org: currentOrg.name }} />
        </p>
      </div>
      {currentOrg.kind !== "client" ? (
        <p className="alert alert-info">
          <FormattedMessage id="brief.new.clientsOnly" />
        </p>
      ) : (
        <BriefEditor
          orgId={currentOrg.id}
          brief={null}
          onCreated={(brief) => void navigate(`/briefs/${brief.id}`, { replace: true })}
          onPublished={(brief) => void navigate(`/briefs/${brief.id}`)}
        />
      )}
    </div>
  );
}
