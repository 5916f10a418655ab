import type { z } from "zod";
import type { ModerationCase, ModerationCaseList, MyCaseList } from "../../../contracts/moderation";
import type { PageQuery } from "../../../contracts/pagination";
import type { Actor } from "../../platform/actor";
import { decodeCursor, encodeCursor, type Cursor } from "../../platform/cursor";
import type { AppDeps } from "../../platform/deps";
import { fail, forbidden, ok, type Result } from "../../platform/result";
import { accessCase } from "./case-access";
import { isModerator } from "../../kernel/access";
import { caseViewerRole } from "./moderation.policy";
import { presentCase } from "./moderation.presenter";
import { listCases, listCasesOfOrgs } from "./moderation.repository";

/** The moderators' queue: open and appealed cases, oldest first. */
export async function listModerationQueue(
  deps: AppDeps,
  actor: Actor,
): Promise<Result<z.infer<typeof ModerationCaseList>>> {
  if (!isModerator(actor)) return forbidden("moderator_only");
  const rows = await listCases(deps.db, ["open", "appealed"]);
  return ok({ cases: rows.map((row) => presentCase(row, "moderator")) });
}

/**
 * The cases that concern the caller's organisations, as accused or complainant, newest first,
 * one page at a time. A case the caller reads as a moderator is not listed here (the queue has it).
 */
export async function listMyCases(
  deps: AppDeps,
  actor: Actor,
  query: PageQuery,
): Promise<Result<z.infer<typeof MyCaseList>>> {
  let before: Cursor | undefined;
  if (query.cursor !== undefined) {
    before = decodeCursor(query.cursor);
    if (!before) {
      return fail("validation_failed", undefined, [{ path: "cursor", key: "validation.invalid" }]);
    }
  }
  // A moderator reads every case as a moderator, so none of them here.
  if (isModerator(actor)) return ok({ cases: [], nextCursor: null });
  const rows = await listCasesOfOrgs(deps.db, [...actor.memberships.keys()], {
    ...(before && { before }),
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return ok({
    cases: page.flatMap((row) => {
      const role = caseViewerRole(actor, row);
      return role && role !== "moderator" ? [presentCase(row, role)] : [];
    }),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ createdAt: last.created_at, id: last.id })
        : null,
  });
}

export async function getCase(
  deps: AppDeps,
  actor: Actor,
  caseId: string,
): Promise<Result<z.infer<typeof ModerationCase>>> {
  const access = await accessCase(deps.db, actor, caseId);
  if (!access.ok) return access;
  return ok(presentCase(access.value.row, access.value.viewerRole));
}
