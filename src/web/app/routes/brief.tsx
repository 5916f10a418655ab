import { FormattedMessage } from "react-intl";
import { Link, useNavigate, useParams } from "react-router";
import { useBrief } from "../../features/briefs/api/get-brief";
import { BriefEditor } from "../../features/briefs/components/brief-editor";
import { BriefSummary } from "../../features/briefs/components/brief-summary";
import { BriefStatusBadge, InvitedBadge } from "../../features/briefs/components/briefs-table";
import { MatchList } from "../../features/briefs/components/match-list";
import { useCurrentOrg } from "../../features/orgs/current-org";
import { useBriefProposals } from "../../features/proposals/api/get-brief-proposals";
import { BriefProposals } from "../../features/proposals/components/proposals-table";
import { openProposalOfOrg } from "../../features/proposals/open-proposal";
import type { Brief, Organisation } from "../../shared/api/types";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { ReputationSummary } from "../../features/reviews/components/reputation-summary";
import { BriefClientRecordPanel } from "../../features/health/components/brief-client-record";

/**
 * One brief. Its client edits the draft beside the clarity check, then, once published, sees
 * ranked providers and the proposals received; a provider reads it and answers with a proposal.
 */
export function BriefRoute() {
  const { briefId = "" } = useParams();
  const brief = useBrief(briefId);
  const { organisations } = useCurrentOrg();
  useDocumentTitle(brief.data?.title);

  if (brief.isPending) return <Loading />;
  if (brief.isError) return <QueryError error={brief.error} onRetry={() => void brief.refetch()} />;
  const clientOrg = organisations.find((org) => org.id === brief.data.org.id);
  return (
    <div className="stack-lg">
      <Link to="/briefs" className="back-link">
        <FormattedMessage id={clientOrg ? "brief.back" : "brief.back.forYou"} />
      </Link>
      <div className="stack-sm">
        <h1>{brief.data.title || <FormattedMessage id="brief.untitled" />}</h1>
        <p className="muted">
          {brief.data.org.name} ·{" "}
          <BriefStatusBadge status={brief.data.status} awardedAt={brief.data.awardedAt} />
          {!clientOrg && brief.data.isInvited ? <InvitedBadge /> : null}
        </p>
      </div>
      {clientOrg ? (
        <ClientBrief brief={brief.data} org={clientOrg} />
      ) : (
        <>
          <ReputationSummary orgId={brief.data.org.id} orgName={brief.data.org.name} />
          <ProviderBrief brief={brief.data} />
        </>
      )}
    </div>
  );
}

function ClientBrief({ brief, org }: { brief: Brief; org: Organisation }) {
  const navigate = useNavigate();
  if (brief.status === "draft" && org.abilities.work) {
    return (
      <BriefEditor
        key={brief.id}
        orgId={org.id}
        brief={brief}
        onCreated={() => undefined}
        onPublished={() => void navigate(`/briefs/${brief.id}`)}
      />
    );
  }
  return (
    <>
      {brief.status === "published" ? (
        <section className="stack" aria-labelledby="matches-title">
          <h2 id="matches-title">
            <FormattedMessage id="match.title" />
          </h2>
          <MatchList briefId={brief.id} canAct={org.abilities.work} />
        </section>
      ) : null}
      <section className="stack" aria-labelledby="received-title">
        <h2 id="received-title">
          <FormattedMessage id="proposals.received" />
        </h2>
        <BriefProposals briefId={brief.id} />
      </section>
      <section className="stack" aria-labelledby="brief-content-title">
        <h2 id="brief-content-title">
          <FormattedMessage id="brief.content.title" />
        </h2>
        <BriefSummary brief={brief} />
      </section>
    </>
  );
}

function ProviderBrief({ brief }: { brief: Brief }) {
  const { currentOrg } = useCurrentOrg();
  const proposals = useBriefProposals(brief.id);
  const canPropose =
    brief.status === "published" && currentOrg?.kind === "provider" && currentOrg.abilities.work;
  const openProposal =
    currentOrg && proposals.data
      ? openProposalOfOrg(proposals.data.proposals, currentOrg.id)
      : undefined;
  return (
    <>
      <section className="card stack" aria-labelledby="my-proposals-title">
        <h2 id="my-proposals-title">
          <FormattedMessage id="proposals.yours" />
        </h2>
        <BriefProposals briefId={brief.id} />
        {openProposal ? (
          <Link to={`/proposals/${openProposal.id}`} className="button-link align-start">
            <FormattedMessage id="proposal.continue" values={{ status: openProposal.status }} />
          </Link>
        ) : canPropose && proposals.isSuccess ? (
          <Link to={`/briefs/${brief.id}/propose`} className="button-link align-start">
            <FormattedMessage id="proposal.write" />
          </Link>
        ) : null}
      </section>
      <BriefClientRecordPanel briefId={brief.id} />
      <BriefSummary brief={brief} />
    </>
  );
}
