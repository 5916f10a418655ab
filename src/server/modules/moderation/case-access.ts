import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { fail, forbidden, ok, type Result } from "../../platform/result";
import { caseViewerRole, judgeRefusal, type CaseViewerRole } from "./moderation.policy";
import { findCase, type CaseRow } from "./moderation.repository";

/** Loads a case the actor may see; any other case is `not_found`, never a hint it exists. */
export async function accessCase(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
): Promise<Result<{ row: CaseRow; viewerRole: CaseViewerRole }>> {
  const row = await findCase(db, caseId);
  const viewerRole = row ? caseViewerRole(actor, row) : null;
  if (!row || !viewerRole) return fail("not_found");
  return ok({ row, viewerRole });
}

/**
 * Loads a case the actor may judge (decide, or rule on its appeal): a moderator outside both
 * organisations. A party is refused `moderator_only`, or `moderator_is_party` when a moderator.
 */
export async function accessCaseAsJudge(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
): Promise<Result<CaseRow>> {
  const access = await accessCase(db, actor, caseId);
  if (!access.ok) return access;
  const refusal = judgeRefusal(actor, access.value.viewerRole);
  if (refusal === "moderator_only") return forbidden("moderator_only");
  if (refusal === "moderator_is_party") return fail("moderator_is_party");
  return ok(access.value.row);
}
