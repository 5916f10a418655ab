import { FormattedMessage, useIntl } from "react-intl";
import { Link, useNavigate, useParams } from "react-router";
import { useBrief } from "../../features/briefs/api/get-brief";
import { useCurrentOrg } from "../../features/orgs/current-org";
import { useBriefProposals } from "../../features/proposals/api/get-brief-proposals";
import { ProposalEditor } from "../../features/proposals/components/proposal-editor";
import { openProposalOfOrg } from "../../features/proposals/open-proposal";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

/**
 * A provider starts its proposal to a published brief. With one of its proposals still open
 * there (a pasted or bookmarked address), it is sent to that one: the server takes one at a
 * time from each provider (`409 proposal_open_on_brief`).
 */
export function ProposalNewRoute() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { briefId = "" } = useParams();
  const brief = useBrief(briefId);
  const { currentOrg } = useCurrentOrg();
  const isProvider = currentOrg?.kind === "provider";
  const proposals = useBriefProposals(briefId, { enabled: isProvider });
  useDocumentTitle(intl.formatMessage({ id: "proposal.new.title" }));

  if (brief.isPending) return <Loading />;
  if (brief.isError) return <QueryError error={brief.error} onRetry={() => void brief.refetch()} />;
  if (isProvider && proposals.isPending) return <Loading />;
  if (proposals.isError) {
    return <QueryError error={proposals.error} onRetry={() => void proposals.refetch()} />;
  }
  const openProposal =
    isProvider && proposals.data
      ? openProposalOfOrg(proposals.data.proposals, currentOrg.id)
      : undefined;
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
      {!isProvider ? (
        <p className="alert alert-info">
          <FormattedMessage id="proposal.new.providersOnly" />
        </p>
      ) : openProposal ? (
        <div className="alert alert-info stack-sm">
          <p>
            <FormattedMessage id="proposal.new.alreadyOpen" />
          </p>
          <Link to={`/proposals/${openProposal.id}`}>
            <FormattedMessage id="proposal.continue" values={{ status: openProposal.status }} />
          </Link>
        </div>
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
