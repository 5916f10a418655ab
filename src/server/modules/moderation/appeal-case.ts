import type { z } from "zod";
import type { AppealBody, ModerationCase } from "../../../contracts/moderation";
import { checkAppeal } from "../../../domain/moderation/moderation-case";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, forbidden, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { accessCase } from "./case-access";
import { presentCase } from "./moderation.presenter";
import { speaksFor } from "./moderation.policy";
import { findCase, updateCase } from "./moderation.repository";
import { refuseCaseStep } from "./refuse-case-step";

/** Either party appeals a decision, once; a different moderator will decide the appeal. */
export function appealCase(
  deps: AppDeps,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof AppealBody>,
): Promise<Result<z.infer<typeof ModerationCase>>> {
  return runInTransaction(deps.db, async (trx) => {
    const access = await accessCase(trx, actor, caseId);
    if (!access.ok) return access;
    const { row, viewerRole } = access.value;
    const partyOrgId = viewerRole === "accused" ? row.accused_org_id : row.complainant_org_id;
    if (viewerRole === "moderator") return forbidden("parties_only");
    if (!speaksFor(actor, partyOrgId)) return fail("forbidden");
    const refusal = checkAppeal({
      status: row.status,
      decidedBy: row.decided_by,
      responseDueAt: new Date(row.response_due_at),
      respondedAt: null,
    });
    if (refusal === "case_wrong_state") return refuseCaseStep(row.status, "appeal");
    if (refusal) return fail(refusal);
    const now = deps.clock.now().toISOString();
    const isMoved = await updateCase(trx, caseId, "decided", {
      status: "appealed",
      appeal_reason: input.reason,
      appealed_by: actor.userId,
      appealed_at: now,
    });
    // Only an appeal moves a decided case on: the other party's, made at the same moment.
    if (!isMoved) return fail("appeal_already_used");
    if (row.engagement_id) {
      await appendEvent(trx, deps, {
        engagementId: row.engagement_id,
        type: "moderation.case_appealed",
        actorUserId: actor.userId,
        actorOrgId: partyOrgId,
        payload: { caseId, by: viewerRole },
      });
    }
    const appealed = await findCase(trx, caseId);
    return appealed ? ok(presentCase(appealed, viewerRole, deps.clock.now())) : fail("internal");
  });
}
