import type { z } from "zod";
import type { GoalView } from "./goal.presenter";
import type { RecordValueBody } from "../../../contracts/growth";
import { measuredBeforeGoal, sameMeasurement } from "../../../domain/growth/goal";
import { day } from "../../../domain/findings";
import { lockParticipant } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { dateOutOfBounds, fail, failAtField, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { findGoal, insertMeasurement, listMeasurements } from "./goals.repository";
import { GROWTH_ACCESS } from "./growth.policy";
import { readGoal } from "./list-goals";

/**
 * Either side records a goal's measured value with where it comes from (a link to the
 * evidence). The value goes to the ledger as recorded; the other side may propose a correction.
 * The same value on the same day again is refused (`sameMeasurement`), under the engagement's
 * lock so two requests at once record one.
 */
export function recordGoalValue(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  goalId: string,
  body: z.infer<typeof RecordValueBody>,
): Promise<Result<GoalView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, GROWTH_ACCESS.measure);
    if (!locked.ok) return locked;
    const { engagement, side, orgId } = locked.value;
    if (engagement.status !== "active") return fail("engagement_not_active");
    const goal = await findGoal(trx, engagementId, goalId);
    if (!goal) return fail("not_found");
    const now = deps.clock.now().toISOString();
    const today = now.slice(0, 10);
    if (body.measuredOn > today) {
      return failAtField("measured_on_in_future", "measuredOn");
    }
    const earliest = measuredBeforeGoal(body.measuredOn, {
      startedOn: goal.created_at.slice(0, 10),
    });
    if (earliest !== null) {
      return dateOutOfBounds(
        "measuredOn",
        "growth.measurement.measured_on_before_goal",
        { as: "measuredOn", date: body.measuredOn },
        earliest,
      );
    }
    const measurements = (await listMeasurements(trx, [goalId])).map((m) => ({
      id: m.id,
      value: Number(m.value),
      correctedValue: m.corrected_value === null ? null : Number(m.corrected_value),
      measuredOn: m.measured_on,
    }));
    const repeated = sameMeasurement(measurements, body.value, body.measuredOn);
    if (repeated) {
      const values = { goal: goal.title, value: body.value, measuredOn: day(body.measuredOn) };
      return failAtField("goal_value_repeated", "value", values);
    }
    const measurementId = deps.ids.newId();
    await insertMeasurement(trx, {
      id: measurementId,
      goal_id: goalId,
      value: body.value,
      corrected_value: null,
      measured_on: body.measuredOn,
      source: body.source,
      side,
      recorded_by: actor.userId,
      recorded_at: now,
    });
    await appendEvent(trx, deps, {
      engagementId,
      type: "goal.value_recorded",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: {
        goalId,
        measurementId,
        value: body.value,
        measuredOn: body.measuredOn,
        source: body.source,
        side,
      },
    });
    return readGoal(trx, engagementId, goalId, today);
  });
}
