import type { z } from "zod";
import type { DecideCaseBody, ModerationCase } from "../../../contracts/moderation";
import { checkDecision, checkThreatVerification } from "../../../domain/moderation/moderation-case";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { applyDecision } from "./apply-decision";
import { accessCaseAsJudge } from "./case-access";
import { presentCase } from "./moderation.presenter";
import { findCase, updateCase } from "./moderation.repository";
import { refuseCaseMovedMeanwhile, refuseCaseStep } from "./refuse-case-step";

/**
 * A platform moderator decides a case, with a reason, once the accused organisation answered
 * or its response window passed. The decision and its sanction are recorded as an event both
 * parties see. A moderator who finds a real threat in a reported review says so
 * (`isVerifiedThreat`), and it caps the accused side's health as a verified retaliation does.
 */
export function decideCase(
  deps: AppDeps,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof DecideCaseBody>,
): Promise<Result<z.infer<typeof ModerationCase>>> {
  return runInTransaction(deps.db, async (trx) => {
    const access = await accessCaseAsJudge(trx, actor, caseId);
    if (!access.ok) return access;
    const row = access.value;
    const now = deps.clock.now();
    const refusal = checkDecision(
      {
        status: row.status,
        decidedBy: row.decided_by,
        responseDueAt: new Date(row.response_due_at),
        respondedAt: row.responded_at ? new Date(row.responded_at) : null,
      },
      now,
    );
    if (refusal === "case_wrong_state") return refuseCaseStep(row.status, "decide");
    if (refusal) return fail(refusal);
    const isVerifiedThreat = input.isVerifiedThreat === true;
    if (isVerifiedThreat) {
      const threatRefusal = checkThreatVerification(
        { source: row.source, subjectKind: row.subject_kind },
        input.decision,
      );
      if (threatRefusal) return failAtField(threatRefusal, "isVerifiedThreat");
    }
    const suspensionDays = input.decision === "suspension" ? (input.suspensionDays ?? 30) : null;
    const isMoved = await updateCase(trx, caseId, "open", {
      status: "decided",
      decision: input.decision,
      decision_reason: input.reason,
      decided_by: actor.userId,
      decided_at: now.toISOString(),
      suspension_days: suspensionDays,
    });
    if (!isMoved) return refuseCaseMovedMeanwhile(trx, caseId, "decide");
    await applyDecision(trx, deps, row, input.decision, suspensionDays, {
      userId: actor.userId,
      reason: input.reason,
    });
    if (row.engagement_id) {
      await appendEvent(trx, deps, {
        engagementId: row.engagement_id,
        type: "moderation.case_decided",
        actorUserId: null,
        actorOrgId: null,
        payload: {
          caseId,
          accusedOrgId: row.accused_org_id,
          decision: input.decision,
          reason: input.reason,
          suspensionDays,
          // A moderator's sanction on a retaliation finding verifies it (HEALTH.md's cap).
          isVerifiedRetaliation: row.source === "screening" && input.decision !== "no_action",
          // A moderator's finding on a person's report of a review: the same cap (HEALTH.md).
          ...(isVerifiedThreat && { isVerifiedThreat }),
        },
      });
    }
    const decided = await findCase(trx, caseId);
    return decided ? ok(presentCase(decided, "moderator", now)) : fail("internal");
  });
}
