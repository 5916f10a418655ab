import { FormattedMessage } from "react-intl";
import type { ProposalStatus } from "../../../shared/api/types";
import { PROPOSAL_STATUS_LABELS } from "../proposal-labels";

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  return (
    <span className={`badge badge-proposal-${status}`}>
      <FormattedMessage id={PROPOSAL_STATUS_LABELS[status]} />
    </span>
  );
}
