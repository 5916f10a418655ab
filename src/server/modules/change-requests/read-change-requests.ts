import type { Kysely } from "kysely";
import type { ChangeRequest } from "../../../contracts/change-requests";
import type { Database } from "../../db/schema";
import type { PageQuery } from "../../../contracts/pagination";
import type { Actor } from "../../platform/actor";
import { badCursor, cursorFromQuery, keysetPage } from "../../platform/cursor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { termsInForce } from "../../kernel/terms-in-force";
import { findEngagementFor } from "../../kernel/lock-participant";
import { CHANGE_REQUEST_ACCESS } from "./change-request.policy";
import { presentChangeRequest, type ChangeRequestReader } from "./change-request.presenter";
import {
  changeRequestCursorOf,
  findChangeRequest,
  listChangeRequests,
} from "./change-requests.repository";

async function currencyOf(db: Kysely<Database>, engagementId: string): Promise<string> {
  return (await termsInForce(db, engagementId))?.terms.remuneration.currency ?? "";
}

/** One change request as `reader` sees it, read with `db` (inside a write, its transaction). */
export async function readChangeRequest(
  db: Kysely<Database>,
  reader: ChangeRequestReader & { engagement: { id: string } },
  id: string,
): Promise<ChangeRequest> {
  const engagementId = reader.engagement.id;
  const row = await findChangeRequest(db, engagementId, id);
  if (!row) throw new Error("change request vanished inside its own transaction");
  return presentChangeRequest(row, await currencyOf(db, engagementId), reader);
}

/**
 * The engagement's change requests, newest first, for either side to read: a page of them, or
 * every one when no page is asked (the archive).
 */
export async function listChanges(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  query?: PageQuery,
): Promise<Result<{ changeRequests: ChangeRequest[]; nextCursor: string | null }>> {
  const viewable = await findEngagementFor(
    deps.db,
    actor,
    engagementId,
    CHANGE_REQUEST_ACCESS.view,
  );
  if (!viewable.ok) return viewable;
  const cursor = cursorFromQuery(query?.cursor);
  if (!cursor.ok) return cursor;
  const before = cursor.value && changeRequestCursorOf(cursor.value);
  if (cursor.value && !before) return badCursor();
  const [rows, currency] = await Promise.all([
    listChangeRequests(
      deps.db,
      engagementId,
      query && { ...(before && { before }), limit: query.limit + 1 },
    ),
    currencyOf(deps.db, engagementId),
  ]);
  const page = query
    ? keysetPage(rows, query.limit, (row) => ({ key: String(row.number), id: row.id }))
    : { items: rows, nextCursor: null };
  const reader = { actor, engagement: viewable.value.engagement };
  return ok({
    changeRequests: page.items.map((row) => presentChangeRequest(row, currency, reader)),
    nextCursor: page.nextCursor,
  });
}

export async function getChange(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  id: string,
): Promise<Result<ChangeRequest>> {
  const viewable = await findEngagementFor(
    deps.db,
    actor,
    engagementId,
    CHANGE_REQUEST_ACCESS.view,
  );
  if (!viewable.ok) return viewable;
  if (!(await findChangeRequest(deps.db, engagementId, id))) return fail("not_found");
  return ok(await readChangeRequest(deps.db, { actor, engagement: viewable.value.engagement }, id));
}
