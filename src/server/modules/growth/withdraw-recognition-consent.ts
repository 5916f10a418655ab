import type { z } from "zod";
import type { Recognition } from "../../../contracts/growth";
import { withdrawConsent } from "../../../domain/growth/recognition";
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
 * A side takes back the consent that published a recognition (`withdrawConsent`): it leaves
 * every profile and scorecard, and the recognised side's health, at once. The ledger keeps
 * that it was given and withdrawn (`recognition.answered`, step `consent_withdrawn`).
 */
export function withdrawRecognitionConsent(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  recognitionId: string,
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
    const outcome = withdrawConsent(row.status, row.from_side, side, row.text_approved_at !== null);
    if (!outcome.ok) {
      return outcome.code === "recognition_wrong_state"
        ? refuseRecognitionStep(row.status, "withdraw_consent")
        : fail(outcome.code);
    }
    const isMoved = await answerRecognitionRow(trx, recognitionId, row.status, {
      status: outcome.status,
      consent_answered_at: deps.clock.now().toISOString(),
    });
    if (!isMoved)
      return refuseRecognitionMovedMeanwhile(trx, engagementId, recognitionId, "withdraw_consent");
    await appendEvent(trx, deps, {
      engagementId,
      type: "recognition.answered",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: { recognitionId, kind: row.kind, step: outcome.step, side },
    });
    const withdrawn = await findRecognition(trx, engagementId, recognitionId);
    if (!withdrawn) throw new Error("recognition vanished inside its own transaction");
    const titles = await subjectTitlesOf(trx, engagementId);
    return ok(presentRecognition(withdrawn, titles, { side, mayAnswer: true }));
  });
}
