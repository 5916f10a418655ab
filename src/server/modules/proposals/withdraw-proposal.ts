import { isActionOpen, PROPOSAL_ACTION_STATES } from "../../../domain/proposal/proposal-states";
import { lockBrief } from "../../db/locking";
import type { Actor } from "../../platform/actor";
import { todayOf } from "../../platform/clock";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { loadProposalFor } from "./get-proposal";
import { presentProposal, type ProposalView } from "./proposal.presenter";
import { refuseProposalMovedMeanwhile, refuseProposalStep } from "./refuse-proposal-step";
import { findProposal, moveProposal } from "./proposals.repository";

/**
 * The provider takes back its proposal before the client has accepted or declined it: the
 * offer no longer stands, so the client can no longer accept it, and the provider may answer
 * the brief again with a new one. Under the brief's lock, as accepting is, so a withdrawal and
 * an acceptance sent at once make one outcome and the other is refused.
 */
export function withdrawProposal(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<Result<ProposalView>> {
  return runInTransaction(deps.db, async (trx) => {
    const found = await loadProposalFor(trx, actor, id, "withdraw");
    if (!found.ok) return found;
    if (!isActionOpen(found.value.status, "withdraw"))
      return refuseProposalStep(found.value.status, "withdraw");
    await lockBrief(trx, deps.dialect, found.value.brief_id);
    const isMoved = await moveProposal(trx, id, PROPOSAL_ACTION_STATES.withdraw, {
      status: "withdrawn",
      updated_at: deps.clock.now().toISOString(),
    });
    if (!isMoved) return refuseProposalMovedMeanwhile(trx, id, "withdraw");
    const withdrawn = await findProposal(trx, id);
    if (!withdrawn) throw new Error("proposal vanished inside its own transaction");
    return ok(presentProposal(withdrawn, todayOf(deps.clock)));
  });
}
