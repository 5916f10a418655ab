import { lockBrief } from "../../db/locking";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { findingFields } from "../../platform/findings";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { refuseIfSanctioned } from "../../kernel/sanctions-in-force";
import { loadProposalFor } from "./get-proposal";
import { todayOf } from "../../platform/clock";
import { isActionOpen } from "../../../domain/proposal/proposal-states";
import { feasibilityOf, presentProposal, type ProposalView } from "./proposal.presenter";
import { findProposal, moveProposal } from "./proposals.repository";
import { refuseProposalMovedMeanwhile, refuseProposalStep } from "./refuse-proposal-step";

/**
 * The provider sends its proposal to the client. Refused while the feasibility check blocks
 * (a deliverable nobody could evaluate), each blocking finding named in the error's fields.
 * Sending again after a revision request counts a new revision.
 */
export function submitProposal(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<Result<ProposalView>> {
  return runInTransaction(deps.db, async (trx) => {
    const found = await loadProposalFor(trx, actor, id, "submit");
    if (!found.ok) return found;
    // The brief's lock first, as an award takes it, then the proposal and its brief read again:
    // a draft sent while the brief is being awarded goes out after the award, and is refused.
    await lockBrief(trx, deps.dialect, found.value.brief_id);
    const loaded = await loadProposalFor(trx, actor, id, "submit");
    if (!loaded.ok) return loaded;
    const row = loaded.value;
    if (!isActionOpen(row.status, "submit")) return refuseProposalStep(row.status, "submit");
    // A brief is closed once awarded: a draft or a revision of another provider stays unsent.
    if (row.brief_status !== "published") return fail("brief_closed");
    // A suspended or expelled provider pitches for no new engagement (a moderation decision).
    const now = deps.clock.now();
    // Nor to a client that could not accept it (a brief published before its suspension).
    const standing = await refuseIfSanctioned(trx, now, {
      own: row.provider_org_id,
      counterpart: row.client_org_id,
    });
    if (!standing.ok) return standing;
    const today = todayOf(deps.clock);
    const blocking = feasibilityOf(row, today).filter((f) => f.severity === "blocking");
    if (blocking.length > 0) {
      return fail(
        "proposal_not_submittable",
        { count: blocking.length },
        findingFields("feasibility", blocking),
      );
    }
    const at = now.toISOString();
    const isMoved = await moveProposal(trx, id, [row.status], {
      status: "submitted",
      revision: row.status === "revision_requested" ? Number(row.revision) + 1 : row.revision,
      submitted_at: at,
      updated_at: at,
    });
    if (!isMoved) return refuseProposalMovedMeanwhile(trx, id, "submit");
    const submitted = await findProposal(trx, id);
    if (!submitted) throw new Error("proposal vanished inside its own transaction");
    return ok(presentProposal(submitted, today));
  });
}
