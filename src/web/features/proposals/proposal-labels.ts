import { isActionOpen } from "../../../domain/proposal/proposal-states";
import type { ProposalStatus } from "../../shared/api/types";
import type { AppMessageKey } from "../../shared/i18n/messages";

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, AppMessageKey> = {
  draft: "proposal.status.draft",
  submitted: "proposal.status.submitted",
  revision_requested: "proposal.status.revision_requested",
  accepted: "proposal.status.accepted",
  declined: "proposal.status.declined",
  withdrawn: "proposal.status.withdrawn",
  not_selected: "proposal.status.not_selected",
};

/** A provider may edit and send its proposal in these states only. */
export function isEditableProposal(status: ProposalStatus): boolean {
  return status === "draft" || status === "revision_requested";
}

/**
 * The provider may take its proposal back until the client accepts or declines it (the
 * domain's rule, which the server applies to `POST /proposals/{id}/withdraw`).
 */
export function isWithdrawableProposal(status: ProposalStatus): boolean {
  return isActionOpen(status, "withdraw");
}
