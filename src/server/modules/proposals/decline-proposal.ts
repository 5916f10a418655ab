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

/** The client declines a sent proposal and says why; the provider reads the reason. */
export function declineProposal(
  deps: AppDeps,
  actor: Actor,
  id: string,
  reason: string,
): Promise<Result<ProposalView>> {
  return runInTransaction(deps.db, async (trx) => {
    const loaded = await loadProposalFor(trx, actor, id, "decline");
    if (!loaded.ok) return loaded;
    if (!isActionOpen(loaded.value.status, "decline"))
      return refuseProposalStep(loaded.value.status, "decline");
    const isMoved = await moveProposal(trx, id, PROPOSAL_ACTION_STATES.decline, {
      status: "declined",
      decline_reason: reason,
      updated_at: deps.clock.now().toISOString(),
    });
    if (!isMoved) return refuseProposalMovedMeanwhile(trx, id, "decline");
    const declined = await findProposal(trx, id);
    if (!declined) throw new Error("proposal vanished inside its own transaction");
    return ok(presentProposal(declined, todayOf(deps.clock)));
  });
}
