import type { Kysely } from "kysely";
import type { ProposalAction, ProposalStatus } from "../../../domain/proposal/proposal-states";
import type { Database } from "../../db/schema";
import { fail, refuseAsItIsNow, type Result } from "../../platform/result";
import { findProposal } from "./proposals.repository";

/** The steps a proposal's state can refuse (an edit has its own `proposal_not_editable`, also naming it). */
export type RefusableProposalStep = Exclude<ProposalAction, "view" | "edit">;

/**
 * `409 proposal_wrong_state`, naming what became of the proposal and the step it refuses
 * ("withdrawn by the provider, so it cannot be accepted"), so the reader knows why and what is
 * left to do, rather than only that the state does not allow it.
 */
export function refuseProposalStep<T>(
  status: ProposalStatus,
  step: RefusableProposalStep,
): Result<T> {
  return fail("proposal_wrong_state", { status, action: step });
}

/**
 * The same refusal when a conditional move found the proposal already moved by another request
 * at the same time: named from the state that request left, read again.
 */
export function refuseProposalMovedMeanwhile<T>(
  trx: Kysely<Database>,
  id: string,
  step: RefusableProposalStep,
): Promise<Result<T>> {
  return refuseAsItIsNow(findProposal(trx, id), (moved) => refuseProposalStep(moved.status, step));
}
