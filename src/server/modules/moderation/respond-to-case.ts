import type { z } from "zod";
import type { CaseResponseBody, ModerationCase } from "../../../contracts/moderation";
import { instant } from "../../../domain/findings";
import { checkResponse } from "../../../domain/moderation/moderation-case";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, forbidden, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { accessCase } from "./case-access";
import { presentCase } from "./moderation.presenter";
import { speaksFor } from "./moderation.policy";
import { findCase, updateCase } from "./moderation.repository";
import { refuseCaseMovedMeanwhile, refuseCaseStep } from "./refuse-case-step";

/**
 * The accused organisation answers the notice, once, within its response window: after the
 * window's end the answer is refused (409 `response_window_closed`, naming the end), since a
 * moderator may decide from then on; the one appeal remains the accused's say.
 */
export function respondToCase(
  deps: AppDeps,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof CaseResponseBody>,
): Promise<Result<z.infer<typeof ModerationCase>>> {
  return runInTransaction(deps.db, async (trx) => {
    const access = await accessCase(trx, actor, caseId);
    if (!access.ok) return access;
    const { row, viewerRole } = access.value;
    if (viewerRole !== "accused") return forbidden("accused_only");
    if (!speaksFor(actor, row.accused_org_id)) return fail("forbidden");
    const now = deps.clock.now();
    const responseDueAt = new Date(row.response_due_at);
    const refusal = checkResponse(
      {
        status: row.status,
        decidedBy: row.decided_by,
        responseDueAt,
        respondedAt: row.responded_at ? new Date(row.responded_at) : null,
      },
      now,
    );
    if (refusal === "response_window_closed") {
      return fail(refusal, { closedAt: instant(responseDueAt) });
    }
    if (refusal === "case_wrong_state") return refuseCaseStep(row.status, "respond");
    if (refusal) return fail(refusal);
    const isAnswered = await updateCase(trx, caseId, "open", {
      response: input.response,
      responded_at: now.toISOString(),
    });
    // A moderator's decision at the same moment moved the case first.
    if (!isAnswered) return refuseCaseMovedMeanwhile(trx, caseId, "respond");
    if (row.engagement_id) {
      await appendEvent(trx, deps, {
        engagementId: row.engagement_id,
        type: "moderation.response_filed",
        actorUserId: actor.userId,
        actorOrgId: row.accused_org_id,
        payload: { caseId },
      });
    }
    const answered = await findCase(trx, caseId);
    return answered ? ok(presentCase(answered, viewerRole, now)) : fail("internal");
  });
}
