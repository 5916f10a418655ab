import { FormattedMessage, useIntl } from "react-intl";
import { useCurrentOrg } from "../../features/orgs/current-org";
import { useMyProposals } from "../../features/proposals/api/get-my-proposals";
import { ProposalsTable } from "../../features/proposals/components/proposals-table";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { NoOrganisation } from "./no-organisation";
import { MoreButton } from "../../shared/components/more-button";

/**
 * A provider organisation's proposals, newest first. A client organisation has none of its own
 * (its briefs' proposals are on each brief): it is told so, not shown the server's refusal.
 */
export function ProposalsRoute() {
  const intl = useIntl();
  const { currentOrg, isLoading } = useCurrentOrg();
  useDocumentTitle(intl.formatMessage({ id: "proposals.title" }));
  if (isLoading) return <Loading />;
  if (!currentOrg) return <NoOrganisation />;
  return (
    <div className="stack-lg">
      <h1>
        <FormattedMessage id="proposals.title" />
      </h1>
      {currentOrg.kind === "provider" ? (
        <MyProposals key={currentOrg.id} orgId={currentOrg.id} />
      ) : (
        <p className="alert alert-info">
          <FormattedMessage id="proposal.new.providersOnly" />
        </p>
      )}
    </div>
  );
}

function MyProposals({ orgId }: { orgId: string }) {
  const mine = useMyProposals(orgId);
  if (mine.isPending) return <Loading />;
  if (mine.error) return <QueryError error={mine.error} onRetry={mine.refetch} />;
  if (mine.proposals.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="proposals.none" />
      </p>
    );
  }
  return (
    <>
      <ProposalsTable proposals={mine.proposals} />
      <MoreButton list={mine} label="proposals.loadMore" />
    </>
  );
}
