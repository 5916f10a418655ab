import { todayOf } from "../../platform/clock";
import type { z } from "zod";
import type { BriefListQuery } from "../../../contracts/briefs";
import type { Actor } from "../../platform/actor";
import { badCursor, cursorFromQuery, keysetPage } from "../../platform/cursor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { decideBriefAction } from "./brief.policy";
import { presentBrief, type BriefView } from "./brief.presenter";
import {
  findBrief,
  findShortlistEntry,
  listBriefsOfClient,
  listPublishedBriefs,
  listAnsweringOrgIds,
  type BriefRow,
} from "./briefs.repository";

/**
 * One brief, if the actor may see it: its client, any provider once it is published, and a
 * provider that sent it a proposal once it is closed.
 */
export async function getBrief(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<Result<BriefView>> {
  const row = await findBrief(deps.db, id);
  if (!row || !(await mayReadBrief(deps, actor, row))) return fail("not_found");
  const providerOrgIds = [...actor.orgKinds]
    .filter(([, kind]) => kind === "provider")
    .map(([orgId]) => orgId);
  const entries = await Promise.all(
    providerOrgIds.map((orgId) => findShortlistEntry(deps.db, id, orgId)),
  );
  const isInvited = actor.memberships.has(row.org_id) || entries.some((e) => e?.is_invited === 1);
  return ok(presentBrief(row, todayOf(deps.clock), isInvited));
}

/**
 * For a client organisation, its own briefs, newest first; for a provider organisation, the
 * published briefs it can answer, those it was invited to first; a page at a time.
 */
export async function listBriefs(
  deps: AppDeps,
  actor: Actor,
  query: z.infer<typeof BriefListQuery>,
): Promise<Result<{ briefs: BriefView[]; nextCursor: string | null }>> {
  const kind = actor.orgKinds.get(query.orgId);
  if (!kind) return fail("not_found");
  const today = todayOf(deps.clock);
  if (kind === "client") {
    const before = cursorFromQuery(query.cursor);
    if (!before.ok) return before;
    const rows = await listBriefsOfClient(deps.db, query.orgId, {
      status: query.status,
      ...(before.value && { before: before.value }),
      limit: query.limit + 1,
    });
    const page = keysetPage(rows, query.limit, (row) => ({ key: row.created_at, id: row.id }));
    return ok({
      briefs: page.items.map((row) => presentBrief(row, today, true)),
      nextCursor: page.nextCursor,
    });
  }
  const after = cursorFromQuery(query.cursor, PUBLISHED_ORDER);
  if (!after.ok) return after;
  if (after.value && !isPublishedBriefKey(after.value.key)) return badCursor();
  const rows = await listPublishedBriefs(deps.db, query.orgId, {
    ...(after.value && { after: after.value }),
    limit: query.limit + 1,
  });
  const page = keysetPage(
    rows,
    query.limit,
    (row) => ({ key: `${row.is_invited === 1 ? 1 : 0}${row.published_at ?? ""}`, id: row.id }),
    PUBLISHED_ORDER,
  );
  return ok({
    briefs: page.items.map((row) => presentBrief(row, today, row.is_invited === 1)),
    nextCursor: page.nextCursor,
  });
}

/** The provider's list orders by invitation first: its cursors say so, and carry the flag. */
const PUBLISHED_ORDER = "invited";

/** The key of a published brief's cursor is its invitation flag (0 or 1), then its date. */
function isPublishedBriefKey(key: string): boolean {
  return key.startsWith("0") || key.startsWith("1");
}

/** Whether the actor may read the brief: the proposals sent to it are asked only when needed. */
export async function mayReadBrief(deps: AppDeps, actor: Actor, brief: BriefRow) {
  if (decideBriefAction(actor, brief, "view") === "allowed") return true;
  const answeringOrgIds = await listAnsweringOrgIds(deps.db, brief.id);
  return decideBriefAction(actor, brief, "view", answeringOrgIds) === "allowed";
}
