import { openProposalOf } from "../../../domain/proposal/proposal-states";
import type { Proposal } from "../../shared/api/types";

/**
 * The organisation's proposal still open on a brief (a draft, sent, or sent back for a
 * revision): the server refuses a second one (`proposal_open_on_brief`), so the brief offers this
 * one instead of "Write a proposal".
 */
export function openProposalOfOrg(
  proposals: readonly Proposal[],
  orgId: string,
): Proposal | undefined {
  return openProposalOf(proposals.filter((proposal) => proposal.provider.id === orgId));
}
