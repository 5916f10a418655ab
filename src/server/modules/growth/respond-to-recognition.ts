import type { z } from "zod";
import type { AnswerRecognitionBody, Recognition } from "../../../contracts/growth";
import { answerRecognition } from "../../../domain/growth/recognition";
import { lockParticipant } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { GROWTH_ACCESS } from "./growth.policy";
import { presentRecognition } from "./recognition.presenter";
import { subjectTitlesOf } from "./recognition-subjects";
import { answerRecognitionRow, findRecognition } from "./recognitions.repository";
import { refuseRecognitionMovedMeanwhile, refuseRecognitionStep } from "./refuse-answered-step";

/**
 * The side whose consent a recognition still needs answers it: the giving side approves (and
 * may correct) a testimonial's text or declines it; the recognised side consents to showing
 * what it was given, or declines. Approved, it is published on the recognised side's profile
 * and scorecard; declined, it stays between the two sides.
 */
export function respondToRecognition(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  recognitionId: string,
  body: z.infer<typeof AnswerRecognitionBody>,
): Promise<Result<z.infer<typeof Recognition>>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(
      trx,
      deps,
      actor,
      engagementId,
      GROWTH_ACCESS.answerRecognition,
    );
    if (!locked.ok) return locked;
    const { side, orgId } = locked.value;
    const row = await findRecognition(trx, engagementId, recognitionId);
    if (!row) return fail("not_found");
    const outcome = answerRecognition(row.status, row.from_side, side, body.isApproved);
    const step = body.isApproved ? "approve" : "decline";
    if (!outcome.ok) {
      return outcome.code === "recognition_wrong_state"
        ? refuseRecognitionStep(row.status, step)
        : fail(outcome.code);
    }
    const now = deps.clock.now().toISOString();
    const isTextStep = outcome.step === "text_approved" || outcome.step === "text_declined";
    const isMoved = await answerRecognitionRow(trx, recognitionId, row.status, {
      status: outcome.status,
      ...(isTextStep
        ? {
            text_approved_at: outcome.step === "text_approved" ? now : null,
            ...(outcome.step === "text_approved" && body.text !== undefined && { text: body.text }),
          }
        : { consent_answered_at: now }),
    });
    if (!isMoved) return refuseRecognitionMovedMeanwhile(trx, engagementId, recognitionId, step);
    await appendEvent(trx, deps, {
      engagementId,
      type: "recognition.answered",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: { recognitionId, kind: row.kind, step: outcome.step, side },
    });
    const answered = await findRecognition(trx, engagementId, recognitionId);
    if (!answered) throw new Error("recognition vanished inside its own transaction");
    const titles = await subjectTitlesOf(trx, engagementId);
    return ok(presentRecognition(answered, titles, { side, mayAnswer: true }));
  });
}
