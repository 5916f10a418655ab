import type { z } from "zod";
import { summariseEngagement } from "../../../domain/engagement/engagement-summary";
import type { EngagementAbilities } from "../../../contracts/abilities";
import type {
  EngagementList,
  EngagementListItem,
  EngagementListQuery,
} from "../../../contracts/engagements";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { markWordless } from "../../platform/wording";
import { sideOf } from "../../kernel/access";
import { summaryFactsOf } from "../../kernel/summary-facts";
import { engagementAbilities, presentEngagementListItem } from "./engagement.presenter";
import {
  listEngagementsOfOrgs,
  listEngagementsSortedBy,
  type EngagementListFilter,
  type EngagementListRow,
} from "./engagements.repository";

type Query = z.infer<typeof EngagementListQuery>;

/**
 * The engagements of the actor's organisations (or of one of them), newest first, by title or
 * by the soonest deadline, narrowed by status, words and whose turn it is; each with its
 * summary (progress, money open, next deadline, what waits on whom).
 */
export async function listEngagements(
  deps: AppDeps,
  actor: Actor,
  query: Query,
): Promise<Result<z.infer<typeof EngagementList>>> {
  if (query.orgId && !actor.memberships.has(query.orgId)) return fail("not_found");
  const orgIds = query.orgId ? [query.orgId] : [...actor.memberships.keys()];
  if (orgIds.length === 0) return ok({ engagements: [], abilitiesByOrg: {}, nextCursor: null });
  const after = query.cursor ? decodeCursor(query.cursor, query.sort) : undefined;
  if (after === null) {
    return fail("validation_failed", undefined, [{ path: "cursor", key: "validation.invalid" }]);
  }
  const filter: EngagementListFilter = {
    orgIds,
    ...(query.status && { status: query.status }),
    ...(query.q && { q: query.q }),
    ...(query.waitingOn && { waitingOn: query.waitingOn }),
  };
  const page = await readPage(deps, filter, query, after);
  const visible = page.rows.flatMap((row) => {
    const participant = sideOf(actor, row);
    return participant ? [{ row, participant }] : [];
  });
  const now = deps.clock.now().toISOString();
  const today = now.slice(0, 10);
  const facts = await summaryFactsOf(
    deps.db,
    visible.map(({ row }) => row),
    now,
  );
  const engagements: EngagementListItem[] = [];
  const abilitiesByOrg: Record<string, EngagementAbilities> = {};
  for (const { row, participant } of visible) {
    const known = facts.get(row.id);
    if (!known) continue;
    engagements.push(
      presentEngagementListItem(row, participant.side, summariseEngagement(known, today)),
    );
    abilitiesByOrg[participant.orgId] ??= engagementAbilities(actor, row);
  }
  // Nothing in a list reply is worded (its contract has no message text): the edge need not
  // walk its thousands of values for any.
  return ok(
    markWordless(Object.freeze({ engagements, abilitiesByOrg, nextCursor: page.nextCursor })),
  );
}

async function readPage(
  deps: AppDeps,
  filter: EngagementListFilter,
  query: Query,
  after: Cursor | undefined,
): Promise<{ rows: EngagementListRow[]; nextCursor: string | null }> {
  if (query.sort === "newest") {
    const rows = await listEngagementsOfOrgs(deps.db, {
      ...filter,
      ...(after && { after: { createdAt: after.key, id: after.id } }),
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const hasMore = rows.length > query.limit && last;
    return {
      rows: page,
      nextCursor: hasMore
        ? encodeCursor({ sort: "newest", key: last.created_at, id: last.id })
        : null,
    };
  }
  const keyed = await listEngagementsSortedBy(deps.db, {
    ...filter,
    sort: query.sort,
    ...(after && { after }),
    limit: query.limit + 1,
  });
  const page = keyed.slice(0, query.limit);
  const last = page.at(-1);
  const hasMore = keyed.length > query.limit && last;
  return {
    rows: page.map((k) => k.row),
    nextCursor: hasMore
      ? encodeCursor({ sort: query.sort, key: last.sortKey, id: last.row.id })
      : null,
  };
}

interface Cursor {
  sort: Query["sort"];
  key: string;
  id: string;
}

/** Newest-first cursors keep their first shape, `[createdAt, id]`; the others name their sort. */
function encodeCursor(cursor: Cursor): string {
  const value =
    cursor.sort === "newest" ? [cursor.key, cursor.id] : [cursor.key, cursor.id, cursor.sort];
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function decodeCursor(text: string, sort: Query["sort"]): Cursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      typeof value[0] === "string" &&
      typeof value[1] === "string" &&
      (value[2] ?? "newest") === sort
    ) {
      return { sort, key: value[0], id: value[1] };
    }
  } catch {
    // fall through: an unreadable cursor is bad input, reported below
  }
  return null;
}
