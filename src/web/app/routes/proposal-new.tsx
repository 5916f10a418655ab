import { FormattedMessage, useIntl } from "react-intl";
import { Link, useNavigate, useParams } from "react-router";
import { useBrief } from "../../features/briefs/api/get-brief";
import { useCurrentOrg } from "../../features/orgs/current-org";
import { ProposalEditor } from "../../features/proposals/components/proposal-editor";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

/** A provider starts its proposal to a published brief. */
export function ProposalNewRoute() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { briefId = "" } = useParams();
  const brief = useBrief(briefId);
  const { currentOrg } = useCurrentOrg();
  useDocumentTitle(intl.formatMessage({ id: "proposal.new.title" }));

  if (brief.isPending) return <Loading />;
  if (brief.isError) return <QueryError error={brief.error} onRetry={() => void brief.refetch()} />;
  return (
    <div className="stack-lg">
      <Link to={`/briefs/${briefId}`} className="back-link">
        <FormattedMessage id="proposal.back.brief" values={{ title: brief.data.title }} />
      </Link>
      <div className="stack-sm">
        <h1>
          <FormattedMessage id="proposal.new.title" />
        </h1>
        <p className="muted">
          <FormattedMessage
            id="proposal.new.intro"
            values={{ brief: brief.data.title, client: brief.data.org.name }}
          />
        </p>
      </div>
      {currentOrg?.kind !== "provider" ? (
        <p className="alert alert-info">
          <FormattedMessage id="proposal.new.providersOnly" />
        </p>
      ) : (
        <ProposalEditor
          brief={brief.data}
          orgId={currentOrg.id}
          proposal={null}
          onCreated={(proposal) => void navigate(`/proposals/${proposal.id}`, { replace: true })}
        />
      )}
    </div>
  );
}
