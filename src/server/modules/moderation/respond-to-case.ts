import type { z } from "zod";
import type { CaseResponseBody, ModerationCase } from "../../../contracts/moderation";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, forbidden, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { accessCase } from "./case-access";
import { presentCase } from "./moderation.presenter";
import { speaksFor } from "./moderation.policy";
import { findCase, updateCase } from "./moderation.repository";

/** The accused organisation answers the notice, once, while the case is open. */
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
    if (row.status !== "open" || row.responded_at) return fail("case_wrong_state");
    const now = deps.clock.now().toISOString();
    await updateCase(trx, caseId, "open", { response: input.response, responded_at: now });
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
    return answered ? ok(presentCase(answered, viewerRole)) : fail("internal");
  });
}
