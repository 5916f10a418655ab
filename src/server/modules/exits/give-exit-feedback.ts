import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { lockParticipant } from "../../kernel/lock-participant";
import { appendEvent } from "../ledger/append-event";
import { endExitIfAmicable } from "./end-exit-if-amicable";
import { EXIT_ACCESS } from "./exit.policy";
import { findExit, insertExitFeedback, listExitFeedback } from "./exits.repository";
import { readExit, type ExitView } from "./read-exit";

/**
 * Each side gives its exit feedback once: a private 0–10 rating of the relationship, whether it
 * would work with the other side again, a comment. Only "would work again" reaches the ledger;
 * when both say yes, the door is open.
 */
export function giveExitFeedback(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  body: { rating: number; wouldWorkAgain: boolean; comment: string },
): Promise<Result<ExitView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, EXIT_ACCESS.act);
    if (!locked.ok) return locked;
    const exit = await findExit(trx, engagementId);
    if (!exit) return fail("exit_not_started");
    const { side, orgId } = locked.value;
    if ((await listExitFeedback(trx, exit.id)).some((f) => f.side === side))
      return fail("exit_feedback_given");
    await insertExitFeedback(trx, {
      exit_id: exit.id,
      engagement_id: engagementId,
      side,
      given_by: actor.userId,
      rating: body.rating,
      would_work_again: body.wouldWorkAgain ? 1 : 0,
      comment: body.comment,
      created_at: deps.clock.now().toISOString(),
    });
    await appendEvent(trx, deps, {
      engagementId,
      type: "exit.feedback_given",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: { exitId: exit.id, side, wouldWorkAgain: body.wouldWorkAgain },
    });
    await endExitIfAmicable(trx, deps, engagementId);
    return ok(await readExit(trx, engagementId, side));
  });
}
