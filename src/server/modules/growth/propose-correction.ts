import type { z } from "zod";
import type { GoalView } from "./goal.presenter";
import type { ProposeCorrectionBody } from "../../../contracts/growth";
import { lockParticipant } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { findGoal, findMeasurement, insertCorrection, listCorrections } from "./goals.repository";
import { GROWTH_ACCESS } from "./growth.policy";
import { readGoal } from "./list-goals";

/**
 * Either side says a recorded value is wrong and proposes the right one, with why. The value
 * that counts changes only when the other side confirms; one proposal waits at a time.
 */
export function proposeCorrection(
  deps: AppDeps,
  actor: Actor,
  ids: { engagementId: string; goalId: string; measurementId: string },
  body: z.infer<typeof ProposeCorrectionBody>,
): Promise<Result<GoalView>> {
  const { engagementId, goalId, measurementId } = ids;
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, GROWTH_ACCESS.measure);
    if (!locked.ok) return locked;
    const { side, orgId } = locked.value;
    if (!(await findGoal(trx, engagementId, goalId))) return fail("not_found");
    const measurement = await findMeasurement(trx, goalId, measurementId);
    if (!measurement) return fail("not_found");
    const pending = await listCorrections(trx, [measurementId]);
    if (pending.some((c) => c.status === "proposed")) return fail("correction_pending");
    const current = Number(measurement.corrected_value ?? measurement.value);
    if (body.value === current) {
      return fail("validation_failed", undefined, [
        { path: "value", key: "validation.correction_unchanged" },
      ]);
    }
    const now = deps.clock.now().toISOString();
    const correctionId = deps.ids.newId();
    await insertCorrection(trx, {
      id: correctionId,
      measurement_id: measurementId,
      proposed_value: body.value,
      reason: body.reason,
      proposed_by_side: side,
      proposed_by: actor.userId,
      proposed_at: now,
      status: "proposed",
      answer_note: null,
      answered_by: null,
      answered_at: null,
    });
    await appendEvent(trx, deps, {
      engagementId,
      type: "goal.correction_proposed",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: {
        goalId,
        measurementId,
        correctionId,
        fromValue: current,
        toValue: body.value,
        side,
      },
    });
    return readGoal(trx, engagementId, goalId, now.slice(0, 10));
  });
}
