import { canTickHandOverItem } from "../../../domain/exit/hand-over";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { lockParticipant } from "../../kernel/lock-participant";
import { endExitIfAmicable } from "./end-exit-if-amicable";
import { EXIT_ACCESS } from "./exit.policy";
import { appendEvent } from "../ledger/append-event";
import { findExit, listHandOverItems, markHandOverItemDone } from "./exits.repository";
import { readExit, type ExitView } from "./read-exit";

/** The side responsible for a hand-over item ticks it, once. */
export function tickHandOverItem(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  itemId: string,
): Promise<Result<ExitView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, EXIT_ACCESS.act);
    if (!locked.ok) return locked;
    const exit = await findExit(trx, engagementId);
    // Before anyone gave notice there is no checklist yet: said so, as `GET …/exit` does.
    if (!exit) return fail("exit_not_started");
    const item = (await listHandOverItems(trx, exit.id)).find((i) => i.id === itemId);
    if (!item) return fail("not_found");
    const allowed = canTickHandOverItem(
      { responsibleSide: item.responsible_side, isDone: item.done_at !== null },
      locked.value.side,
    );
    if (!allowed.ok) return fail(allowed.reason);
    const now = deps.clock.now().toISOString();
    if (!(await markHandOverItemDone(trx, item.id, actor.userId, now)))
      return fail("handover_already_done");
    await appendEvent(trx, deps, {
      engagementId,
      type: "exit.hand_over_item_done",
      actorUserId: actor.userId,
      actorOrgId: locked.value.orgId,
      payload: { exitId: exit.id, itemId: item.id, key: item.item_key, duty: item.duty },
    });
    await endExitIfAmicable(trx, deps, engagementId);
    return ok(await readExit(trx, engagementId, locked.value.side));
  });
}
