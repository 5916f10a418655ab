import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { fail, ok, type Result } from "../../platform/result";
import { caseViewerRole, type CaseViewerRole } from "./moderation.policy";
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
