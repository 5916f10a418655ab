import type { z } from "zod";
import type { GoalView } from "./goal.presenter";
import type { SetGoalBody } from "../../../contracts/growth";
import { goalTitled } from "../../../domain/growth/goal";
import { GROWTH } from "../../../domain/health/growth-constants";
import { lockParticipant } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { todayOf } from "../../platform/clock";
import { fail, failAtField, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { termsInForce } from "../../kernel/terms-in-force";
import { addGoal } from "./add-goal";
import { refuseGoalDueDates } from "./goal-due-date";
import { findBriefMeasures, listGoals } from "./goals.repository";
import { GROWTH_ACCESS } from "./growth.policy";
import { readGoal } from "./list-goals";

/**
 * Either side sets a goal of an active engagement: one of the brief's success measures (each
 * once) or one the agreement adds, with its baseline, target, unit and cadence (by default the
 * agreement's check-in cadence, so values are measured when the sides meet). A title already
 * set is refused (`goalTitled`): the second of a double click, or the same goal retyped.
 */
export function setGoal(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  body: z.infer<typeof SetGoalBody>,
): Promise<Result<GoalView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, GROWTH_ACCESS.setGoal);
    if (!locked.ok) return locked;
    const { engagement, side, orgId } = locked.value;
    if (engagement.status !== "active") return fail("engagement_not_active");
    const today = todayOf(deps.clock);
    const refusedDueDate = refuseGoalDueDates([body], today, () => "dueDate");
    if (refusedDueDate) return refusedDueDate;
    const goals = await listGoals(trx, engagementId);
    let ref: string | null = null;
    if (body.source.kind === "brief") {
      const { measures } = await findBriefMeasures(trx, engagementId);
      if (!measures[body.source.measureIndex]) {
        return failAtField("brief_measure_unknown", "source.measureIndex");
      }
      ref = String(body.source.measureIndex);
      if (goals.some((g) => g.source_kind === "brief" && g.source_ref === ref)) {
        return failAtField("goal_exists_for_measure", "source.measureIndex");
      }
    }
    const sameTitle = goalTitled(goals, body.title);
    if (sameTitle) {
      return failAtField("goal_title_taken", "title", { title: sameTitle.title });
    }
    const agreed = await termsInForce(trx, engagementId);
    const cadenceDays =
      body.cadenceDays ?? agreed?.terms.cadence.checkInEveryDays ?? GROWTH.goals.defaultCadenceDays;
    const goalId = await addGoal(
      trx,
      deps,
      { engagementId, userId: actor.userId, orgId, side },
      {
        title: body.title,
        baseline: body.baseline,
        target: body.target,
        unit: body.unit,
        cadenceDays,
        dueDate: body.dueDate,
        source: { kind: body.source.kind, ref },
      },
    );
    return readGoal(trx, engagementId, goalId, today);
  });
}
