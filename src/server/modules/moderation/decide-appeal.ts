import type { z } from "zod";
import type { DecideAppealBody, ModerationCase } from "../../../contracts/moderation";
import { checkAppealDecision } from "../../../domain/moderation/moderation-case";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { accessCaseAsJudge } from "./case-access";
import { presentCase } from "./moderation.presenter";
import { findCase, liftSanctionsOfCase, updateCase } from "./moderation.repository";
import { refuseCaseMovedMeanwhile, refuseCaseStep } from "./refuse-case-step";

/**
 * A moderator other than the one who decided the case decides the appeal: upheld keeps the
 * sanction, overturned lifts it. The case is closed either way.
 */
export function decideAppeal(
  deps: AppDeps,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof DecideAppealBody>,
): Promise<Result<z.infer<typeof ModerationCase>>> {
  return runInTransaction(deps.db, async (trx) => {
    const access = await accessCaseAsJudge(trx, actor, caseId);
    if (!access.ok) return access;
    const row = access.value;
    const refusal = checkAppealDecision(
      {
        status: row.status,
        decidedBy: row.decided_by,
        responseDueAt: new Date(row.response_due_at),
        respondedAt: null,
      },
      actor.userId,
    );
    if (refusal === "case_wrong_state") return refuseCaseStep(row.status, "decide_appeal");
    if (refusal) return fail(refusal);
    const now = deps.clock.now().toISOString();
    const isMoved = await updateCase(trx, caseId, "appealed", {
      status: "closed",
      appeal_outcome: input.outcome,
      appeal_decision_reason: input.reason,
      appeal_decided_by: actor.userId,
      appeal_decided_at: now,
    });
    if (!isMoved) return refuseCaseMovedMeanwhile(trx, caseId, "decide_appeal");
    if (input.outcome === "overturned") await liftSanctionsOfCase(trx, caseId, now);
    if (row.engagement_id) {
      await appendEvent(trx, deps, {
        engagementId: row.engagement_id,
        type: "moderation.appeal_decided",
        actorUserId: null,
        actorOrgId: null,
        payload: {
          caseId,
          outcome: input.outcome,
          reason: input.reason,
          accusedOrgId: row.accused_org_id,
        },
      });
    }
    const closed = await findCase(trx, caseId);
    return closed ? ok(presentCase(closed, "moderator", deps.clock.now())) : fail("internal");
  });
}
