import { FormattedMessage } from "react-intl";
import { Link, useNavigate, useParams } from "react-router";
import { useBrief } from "../../features/briefs/api/get-brief";
import { useCurrentOrg } from "../../features/orgs/current-org";
import { useProposal } from "../../features/proposals/api/get-proposal";
import { ProposalAnswer } from "../../features/proposals/components/proposal-answer";
import { ProposalEditor } from "../../features/proposals/components/proposal-editor";
import { ProposalStatusBadge } from "../../features/proposals/components/proposal-status-badge";
import { ProposalNotes, ProposalView } from "../../features/proposals/components/proposal-view";
import { ProposalWithdrawal } from "../../features/proposals/components/proposal-withdrawal";
import { isEditableProposal } from "../../features/proposals/proposal-labels";
import type { Organisation, Proposal } from "../../shared/api/types";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

/**
 * One proposal. Its provider edits and sends it (again, after a revision request) or withdraws
 * it until the client answers; the client reads it with the feasibility check and accepts, asks
 * for a revision or declines.
 */
export function ProposalRoute() {
  const { proposalId = "" } = useParams();
  const proposal = useProposal(proposalId);
  const { organisations } = useCurrentOrg();
  useDocumentTitle(proposal.data?.briefTitle);

  if (proposal.isPending) return <Loading />;
  if (proposal.isError)
    return <QueryError error={proposal.error} onRetry={() => void proposal.refetch()} />;
  const data = proposal.data;
  const providerOrg = organisations.find((org) => org.id === data.provider.id);
  const clientOrg = organisations.find((org) => org.id === data.client.id);
  return (
    <div className="stack-lg">
      <Link to={`/briefs/${data.briefId}`} className="back-link">
        <FormattedMessage id="proposal.back.brief" values={{ title: data.briefTitle }} />
      </Link>
      <div className="stack-sm">
        <h1>
          <FormattedMessage id="proposal.title" values={{ brief: data.briefTitle }} />
        </h1>
        <p className="muted">
          {data.provider.name} → {data.client.name} · <ProposalStatusBadge status={data.status} />
        </p>
      </div>
      <ProposalNotes proposal={data} />
      {data.engagementId ? (
        <p className="alert alert-success">
          <Link to={`/engagements/${data.engagementId}/agreement`}>
            <FormattedMessage id="proposal.engagementLink" />
          </Link>
        </p>
      ) : null}
      {providerOrg ? (
        <ProviderProposal proposal={data} org={providerOrg} />
      ) : (
        <ClientProposal proposal={data} org={clientOrg} />
      )}
    </div>
  );
}

function ProviderProposal({ proposal, org }: { proposal: Proposal; org: Organisation }) {
  const brief = useBrief(proposal.briefId);
  if (!org.abilities.work) return <ProposalView proposal={proposal} />;
  if (!isEditableProposal(proposal.status)) {
    return (
      <>
        <ProposalWithdrawal proposal={proposal} />
        <ProposalView proposal={proposal} />
      </>
    );
  }
  if (brief.isPending) return <Loading />;
  if (brief.isError) return <QueryError error={brief.error} onRetry={() => void brief.refetch()} />;
  return (
    <>
      <ProposalWithdrawal proposal={proposal} />
      <ProposalEditor
        key={`${proposal.id}-${proposal.status}`}
        brief={brief.data}
        orgId={org.id}
        proposal={proposal}
        onCreated={() => undefined}
      />
    </>
  );
}

function ClientProposal({ proposal, org }: { proposal: Proposal; org: Organisation | undefined }) {
  const navigate = useNavigate();
  const canAnswer = proposal.status === "submitted" && org !== undefined && org.abilities.work;
  return (
    <>
      {canAnswer ? (
        <ProposalAnswer
          proposal={proposal}
          onAccepted={(engagementId) => void navigate(`/engagements/${engagementId}/agreement`)}
        />
      ) : null}
      <ProposalView proposal={proposal} />
    </>
  );
}
