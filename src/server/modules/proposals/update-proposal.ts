import type { z } from "zod";
import type { UpdateProposalBody } from "../../../contracts/proposals";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, refuseAsItIsNow, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { loadProposalFor } from "./get-proposal";
import { todayOf } from "../../platform/clock";
import { refuseTermsBeyondHorizon } from "../../kernel/planned-days";
import { isActionOpen, PROPOSAL_ACTION_STATES } from "../../../domain/proposal/proposal-states";
import { presentProposal, type ProposalView } from "./proposal.presenter";
import { findProposal, moveProposal } from "./proposals.repository";

/**
 * The provider rewrites its proposal while it is a draft or while the client asked for a
 * revision; a sent proposal is what the client is reading and stays as it is.
 */
export function updateProposal(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof UpdateProposalBody>,
): Promise<Result<ProposalView>> {
  return runInTransaction(deps.db, async (trx) => {
    const loaded = await loadProposalFor(trx, actor, id, "edit");
    if (!loaded.ok) return loaded;
    if (!isActionOpen(loaded.value.status, "edit"))
      return fail("proposal_not_editable", { status: loaded.value.status });
    const farDate = refuseTermsBeyondHorizon(input.terms, todayOf(deps.clock));
    if (farDate) return farDate;
    const isMoved = await moveProposal(trx, id, PROPOSAL_ACTION_STATES.edit, {
      content: JSON.stringify(input.terms),
      updated_at: deps.clock.now().toISOString(),
    });
    if (!isMoved) {
      // Another request moved it first (sent, withdrawn…): named as it is now.
      return refuseAsItIsNow(findProposal(trx, id), (moved) =>
        fail("proposal_not_editable", { status: moved.status }),
      );
    }
    const updated = await findProposal(trx, id);
    if (!updated) throw new Error("proposal vanished inside its own transaction");
    return ok(presentProposal(updated, todayOf(deps.clock)));
  });
}
