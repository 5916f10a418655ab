import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { loadProposalFor } from "./get-proposal";
import { todayOf } from "../../platform/clock";
import { isActionOpen, PROPOSAL_ACTION_STATES } from "../../../domain/proposal/proposal-states";
import { presentProposal, type ProposalView } from "./proposal.presenter";
import { refuseProposalMovedMeanwhile, refuseProposalStep } from "./refuse-proposal-step";
import { findProposal, moveProposal } from "./proposals.repository";

/**
 * The client sends a proposal back with a note of what should change; the provider may edit it
 * again and send it as a new revision.
 */
export function requestRevision(
  deps: AppDeps,
  actor: Actor,
  id: string,
  note: string,
): Promise<Result<ProposalView>> {
  return runInTransaction(deps.db, async (trx) => {
    const loaded = await loadProposalFor(trx, actor, id, "requestRevision");
    if (!loaded.ok) return loaded;
    if (!isActionOpen(loaded.value.status, "requestRevision"))
      return refuseProposalStep(loaded.value.status, "requestRevision");
    const isMoved = await moveProposal(trx, id, PROPOSAL_ACTION_STATES.requestRevision, {
      status: "revision_requested",
      revision_note: note,
      updated_at: deps.clock.now().toISOString(),
    });
    if (!isMoved) return refuseProposalMovedMeanwhile(trx, id, "requestRevision");
    const updated = await findProposal(trx, id);
    if (!updated) throw new Error("proposal vanished inside its own transaction");
    return ok(presentProposal(updated, todayOf(deps.clock)));
  });
}
