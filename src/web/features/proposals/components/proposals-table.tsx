import { FormattedDate, FormattedMessage } from "react-intl";
import { Link } from "react-router";
import type { Proposal } from "../../../shared/api/types";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useBriefProposals } from "../api/get-brief-proposals";
import { ProposalStatusBadge } from "./proposal-status-badge";
import { CardTable } from "../../../shared/components/card-table";

/** The proposals to one brief the reader may see: all sent ones for the client, its own for a provider. */
export function BriefProposals({ briefId }: { briefId: string }) {
  const proposals = useBriefProposals(briefId);
  if (proposals.isPending) return <Loading />;
  if (proposals.isError)
    return <QueryError error={proposals.error} onRetry={() => void proposals.refetch()} />;
  if (proposals.data.proposals.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="proposals.empty" />
      </p>
    );
  }
  return <ProposalsTable proposals={proposals.data.proposals} />;
}

export function ProposalsTable({ proposals }: { proposals: Proposal[] }) {
  return (
    <CardTable>
      <table>
        <caption className="visually-hidden">
          <FormattedMessage id="proposals.title" />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="proposals.column.brief" />
            </th>
            <th scope="col">
              <FormattedMessage id="proposals.column.provider" />
            </th>
            <th scope="col">
              <FormattedMessage id="proposals.column.status" />
            </th>
            <th scope="col">
              <FormattedMessage id="proposals.column.updated" />
            </th>
          </tr>
        </thead>
        <tbody>
          {proposals.map((proposal) => (
            <tr key={proposal.id}>
              <td>
                <Link to={`/proposals/${proposal.id}`}>{proposal.briefTitle}</Link>
              </td>
              <td>{proposal.provider.name}</td>
              <td>
                <ProposalStatusBadge status={proposal.status} />
              </td>
              <td>
                <FormattedDate value={proposal.updatedAt} dateStyle="medium" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </CardTable>
  );
}
