import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { lockParticipant } from "../../kernel/lock-participant";
import { EXIT_ACCESS } from "./exit.policy";
import { readExit, type ExitView } from "./read-exit";
import { recordExit } from "./record-exit";

/**
 * Either side gives notice as the agreement says: ordinary notice runs its notice period; a
 * breach notice gives the other side the cure period first. The exit date and the hand-over
 * checklist follow from the agreement in force.
 */
export function giveNotice(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  body: { reason: "notice" | "breach"; curePeriodDays: number | null; note: string },
): Promise<Result<ExitView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, EXIT_ACCESS.act);
    if (!locked.ok) return locked;
    const started = await recordExit(trx, deps, {
      engagementId,
      reason: body.reason,
      side: locked.value.side,
      actorUserId: actor.userId,
      actorOrgId: locked.value.orgId,
      curePeriodDays: body.reason === "breach" ? body.curePeriodDays : null,
      note: body.note,
    });
    if (!started.ok) return started;
    return ok(await readExit(trx, engagementId, locked.value.side));
  });
}
