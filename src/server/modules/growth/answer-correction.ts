import type { z } from "zod";
import type { GoalView } from "./goal.presenter";
import type { AnswerCorrectionBody } from "../../../contracts/growth";
import { lockParticipant } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { answerCorrectionRow, findCorrection, setCorrectedValue } from "./goals.repository";
import { GROWTH_ACCESS } from "./growth.policy";
import { readGoal } from "./list-goals";
import { refuseCorrectionAnswer, refuseCorrectionAnsweredMeanwhile } from "./refuse-answered-step";

/**
 * The side that did not propose a correction confirms it (the corrected value counts from now
 * on) or disputes it (the recorded value stays, and the disagreement goes up the agreement's
 * dispute ladder, starting with negotiation).
 */
export function answerCorrection(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  correctionId: string,
  body: z.infer<typeof AnswerCorrectionBody>,
): Promise<Result<GoalView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, GROWTH_ACCESS.measure);
    if (!locked.ok) return locked;
    const { side, orgId } = locked.value;
    const correction = await findCorrection(trx, engagementId, correctionId);
    if (!correction) return fail("not_found");
    if (correction.status !== "proposed")
      return refuseCorrectionAnswer(correction.status, body.outcome);
    if (correction.proposed_by_side === side) return fail("correction_same_side");
    const now = deps.clock.now().toISOString();
    const isAnswered = await answerCorrectionRow(trx, correctionId, {
      status: body.outcome,
      answer_note: body.note || null,
      answered_by: actor.userId,
      answered_at: now,
    });
    if (!isAnswered)
      return refuseCorrectionAnsweredMeanwhile(trx, engagementId, correctionId, body.outcome);
    if (body.outcome === "confirmed") {
      await setCorrectedValue(trx, correction.measurement_id, Number(correction.proposed_value));
    }
    await appendEvent(trx, deps, {
      engagementId,
      type: "goal.correction_answered",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: {
        goalId: correction.goal_id,
        measurementId: correction.measurement_id,
        correctionId,
        outcome: body.outcome,
        side,
      },
    });
    return readGoal(trx, engagementId, correction.goal_id, now.slice(0, 10));
  });
}
