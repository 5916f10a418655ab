import type { z } from "zod";
import type {
  ModerationCase,
  ModerationCaseList,
  ModerationQueueQuery,
  MyCaseList,
} from "../../../contracts/moderation";
import type { PageQuery } from "../../../contracts/pagination";
import type { Actor } from "../../platform/actor";
import { cursorFromQuery, keysetPage, type Cursor } from "../../platform/cursor";
import type { AppDeps } from "../../platform/deps";
import { forbidden, ok, type Result } from "../../platform/result";
import { accessCase } from "./case-access";
import { isModerator } from "../../kernel/access";
import { caseViewerRole } from "./moderation.policy";
import { presentCase } from "./moderation.presenter";
import { listCasesOfOrgs, listQueue, type CaseRow } from "./moderation.repository";

/** The case statuses each `status` of the queue's query lists. */
const QUEUE_FILTER = {
  waiting: ["open", "appealed"],
  open: ["open"],
  appealed: ["appealed"],
  decided: ["decided", "closed"],
  all: ["open", "appealed", "decided", "closed"],
} as const satisfies Record<string, readonly CaseRow["status"][]>;

/**
 * The moderators' queue, one page at a time, oldest first: the open and appealed cases this
 * moderator may judge, or those of one status (`decided` covers a decided appeal too, `all`
 * every case). A case concerning one of their organisations is listed with their cases
 * (`listMyCases`), as the party they are; an appeal of their own decision waits for another.
 */
export async function listModerationQueue(
  deps: AppDeps,
  actor: Actor,
  query: z.infer<typeof ModerationQueueQuery>,
): Promise<Result<z.infer<typeof ModerationCaseList>>> {
  if (!isModerator(actor)) return forbidden("moderator_only");
  const after = cursorFromQuery(query.cursor);
  if (!after.ok) return after;
  const rows = await listQueue(
    deps.db,
    { userId: actor.userId, orgIds: [...actor.memberships.keys()] },
    QUEUE_FILTER[query.status ?? "waiting"],
    { ...(after.value && { after: after.value }), limit: query.limit + 1 },
  );
  const now = deps.clock.now();
  const page = keysetPage(rows, query.limit, cursorOfCase);
  return ok({
    cases: page.items.map((row) => presentCase(row, "moderator", now)),
    nextCursor: page.nextCursor,
  });
}

/**
 * The cases that concern the caller's organisations, as accused or complainant, newest first,
 * one page at a time; a moderator's too, read as the party they are there.
 */
export async function listMyCases(
  deps: AppDeps,
  actor: Actor,
  query: PageQuery,
): Promise<Result<z.infer<typeof MyCaseList>>> {
  const before = cursorFromQuery(query.cursor);
  if (!before.ok) return before;
  const rows = await listCasesOfOrgs(deps.db, [...actor.memberships.keys()], {
    ...(before.value && { before: before.value }),
    limit: query.limit + 1,
  });
  const now = deps.clock.now();
  const page = keysetPage(rows, query.limit, cursorOfCase);
  return ok({
    cases: page.items.flatMap((row) => {
      const role = caseViewerRole(actor, row);
      return role && role !== "moderator" ? [presentCase(row, role, now)] : [];
    }),
    nextCursor: page.nextCursor,
  });
}

function cursorOfCase(row: CaseRow): Cursor {
  return { key: row.created_at, id: row.id };
}

export async function getCase(
  deps: AppDeps,
  actor: Actor,
  caseId: string,
): Promise<Result<z.infer<typeof ModerationCase>>> {
  const access = await accessCase(deps.db, actor, caseId);
  if (!access.ok) return access;
  return ok(presentCase(access.value.row, access.value.viewerRole, deps.clock.now()));
}
