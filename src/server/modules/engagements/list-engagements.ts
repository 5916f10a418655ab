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
import type { OrgKind } from "../../../contracts/common";
import { fail, ok, type Result } from "../../platform/result";
import { cursorFromQuery, keysetPage, type Cursor } from "../../platform/cursor";
import { markWordless } from "../../platform/wording";
import { sideOf } from "../../kernel/access";
import { summaryFactsOf } from "../../kernel/summary-facts";
import { exitEndOf } from "../../kernel/engagement-rows.repository";
import { engagementEndedOn } from "../../../domain/exit/after-exit";
import {
  engagementAbilities,
  presentEngagementListItem,
  type SideNames,
} from "./engagement.presenter";
import {
  listEngagementsOfOrgs,
  listEngagementsSortedBy,
  listOrganisationNames,
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
  const after = cursorFromQuery(query.cursor, cursorOrder(query.sort));
  if (!after.ok) return after;
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const filter: EngagementListFilter = {
    orgIds,
    ...(query.status && { status: query.status }),
    ...(query.q && { q: query.q }),
    ...(query.waitingOn && { waitingOn: { whose: query.waitingOn, today } }),
  };
  const page = await readPage(deps, filter, query, after.value);
  const visible = page.items.flatMap((row) => {
    const participant = sideOf(actor, row);
    return participant ? [{ row, participant }] : [];
  });
  const facts = await summaryFactsOf(
    deps.db,
    visible.map(({ row }) => row),
    now.toISOString(),
  );
  const names = await sideNamesOf(deps, actor, visible);
  const engagements: EngagementListItem[] = [];
  const abilitiesByOrg: Record<string, EngagementAbilities> = {};
  for (let i = 0; i < visible.length; i++) {
    const { row, participant } = visible[i]!;
    const known = facts.get(row.id);
    const named = names[i];
    if (!known || !named) continue;
    engagements.push(
      presentEngagementListItem(
        row,
        named,
        participant.side,
        summariseEngagement(known, today, engagementEndedOn(exitEndOf(row), now)),
      ),
    );
    abilitiesByOrg[participant.orgId] ??= engagementAbilities(actor, row);
  }
  // Nothing in a list reply is worded (its contract has no message text): the edge need not
  // walk its thousands of values for any.
  return ok(
    markWordless(Object.freeze({ engagements, abilitiesByOrg, nextCursor: page.nextCursor })),
  );
}

/**
 * Each row's sides' names: the reader's own organisations' from the actor (read with the
 * session), the counterpart's from the page's one join. An organisation neither gives (an
 * initiator that is neither side, which the app never writes) is read by id, all in one
 * statement, so a reply is the same as if every row had joined all three.
 */
async function sideNamesOf(
  deps: AppDeps,
  actor: Actor,
  rows: readonly { row: EngagementListRow }[],
): Promise<(SideNames | undefined)[]> {
  let others = new Map<string, { name: string; kind: OrgKind }>();
  const nameOf = (row: EngagementListRow, id: string): string | undefined =>
    id === row.counterpart_id && row.counterpart_name !== null
      ? row.counterpart_name
      : (actor.orgNames.get(id) ?? others.get(id)?.name);
  const kindOf = (row: EngagementListRow, id: string): OrgKind | undefined =>
    id === row.counterpart_id && row.counterpart_kind !== null
      ? row.counterpart_kind
      : (actor.orgKinds.get(id) ?? others.get(id)?.kind);
  const missing = new Set<string>();
  for (const { row } of rows) {
    if (row.client_org_id !== null && nameOf(row, row.client_org_id) === undefined)
      missing.add(row.client_org_id);
    if (row.provider_org_id !== null && nameOf(row, row.provider_org_id) === undefined)
      missing.add(row.provider_org_id);
    if (nameOf(row, row.initiator_org_id) === undefined || !kindOf(row, row.initiator_org_id))
      missing.add(row.initiator_org_id);
  }
  if (missing.size > 0) {
    const found = await listOrganisationNames(deps.db, [...missing]);
    others = new Map(found.map((org) => [org.id, { name: org.name, kind: org.kind }]));
  }
  return rows.map(({ row }) => {
    const initiatorName = nameOf(row, row.initiator_org_id);
    const initiatorKind = kindOf(row, row.initiator_org_id);
    // Foreign keys keep every named organisation; a row without one is left out, not guessed.
    if (initiatorName === undefined || !initiatorKind) return undefined;
    return {
      client_name: row.client_org_id === null ? null : (nameOf(row, row.client_org_id) ?? null),
      provider_name:
        row.provider_org_id === null ? null : (nameOf(row, row.provider_org_id) ?? null),
      initiator_name: initiatorName,
      initiator_kind: initiatorKind,
    };
  });
}

async function readPage(
  deps: AppDeps,
  filter: EngagementListFilter,
  query: Query,
  after: Cursor | undefined,
): Promise<{ items: EngagementListRow[]; nextCursor: string | null }> {
  if (query.sort === "newest") {
    const rows = await listEngagementsOfOrgs(deps.db, {
      ...filter,
      ...(after && { after }),
      limit: query.limit + 1,
    });
    return keysetPage(rows, query.limit, (row) => ({ key: row.created_at, id: row.id }));
  }
  const keyed = await listEngagementsSortedBy(deps.db, {
    ...filter,
    sort: query.sort,
    ...(after && { after }),
    limit: query.limit + 1,
  });
  const page = keysetPage(
    keyed,
    query.limit,
    (k) => ({ key: k.sortKey, id: k.row.id }),
    cursorOrder(query.sort),
  );
  return { items: page.items.map((k) => k.row), nextCursor: page.nextCursor };
}

/** Newest-first cursors keep their first shape, `[createdAt, id]`; the others name their sort. */
function cursorOrder(sort: Query["sort"]): string | undefined {
  return sort === "newest" ? undefined : sort;
}
