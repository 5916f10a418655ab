import { PostgresAdapter, sql, type Kysely, type SelectQueryBuilder } from "kysely";
import type { EngagementStatus } from "../../../domain/engagement/engagement";
import { compiledPerShape } from "../../db/compiled-once";
import type { Database, EngagementRow, EngagementsTable } from "../../db/schema";
import type { Cursor } from "../../platform/cursor";
import { pastCursor } from "../../db/keyset";

export async function insertEngagement(
  db: Kysely<Database>,
  engagement: EngagementRow,
): Promise<void> {
  await db.insertInto("engagements").values(engagement).execute();
}

// The engagement row every access check reads lives in the kernel; re-exported for the
// engagement part's own readers.
export { findEngagement, type EngagementWithOrgs } from "../../kernel/engagement-rows.repository";

/** What narrows an organisation's engagement list, beyond the organisations themselves. */
export interface EngagementListFilter {
  orgIds: string[];
  status?: EngagementStatus;
  /** Words in the title or in either side's name, any case. */
  q?: string;
  /**
   * Something waits on the organisations' side (`us`) or on the other (`them`), as of `today`
   * (UTC, `YYYY-MM-DD`), the day that says whether an exit has ended an engagement.
   */
  waitingOn?: { whose: "us" | "them"; today: string };
}

/**
 * A row of the list: the engagement, its counterpart's id, name and kind, and its stored summary
 * facts (JSON, null where none is stored yet), read in the page's own statement. The list's own
 * organisations' names come with the reader (`Actor.orgNames`): one organisation joined a row
 * instead of three (initiator, client, provider) was about a quarter of the page statement on
 * SQLite and half of PostgreSQL's backend CPU for it.
 */
function selectListRows(db: Kysely<Database>, orgIds: readonly string[]) {
  return db
    .selectFrom("engagements as e")
    .leftJoin("organisations as xo", (join) => join.on(isCounterpart(orgIds)))
    .leftJoin("engagement_summary_facts as f", "f.engagement_id", "e.id")
    .leftJoin("exits as x", "x.engagement_id", "e.id")
    .selectAll("e")
    .select(COUNTERPART_COLUMNS)
    .select("f.facts as stored_summary_facts")
    .select(EXIT_END_COLUMNS);
}

/**
 * The exit's end facts (`exitEndOf`; null while nobody gave notice), so the summary knows
 * whether the exit ended the engagement: `exits.engagement_id` is unique, one index look-up.
 */
const EXIT_END_COLUMNS = [
  "x.exit_date as exit_date",
  "x.ended_amicably_at as exit_ended_amicably_at",
] as const;

/**
 * `xo` is the engagement's other side from `orgIds`' point of view: the provider where the client
 * is one of them, else the client (null for a pending engagement without one). Where both sides
 * are among them, the provider is joined, its name known twice.
 */
function isCounterpart(orgIds: readonly string[]) {
  return sql<boolean>`xo.id = case when e.client_org_id in (${sql.join(orgIds)})
    then e.provider_org_id else e.client_org_id end`;
}

const COUNTERPART_COLUMNS = [
  "xo.id as counterpart_id",
  "xo.name as counterpart_name",
  "xo.kind as counterpart_kind",
] as const;

export type EngagementListRow = Awaited<ReturnType<typeof listEngagementsOfOrgs>>[number];

/**
 * Newest first, keyset-paginated on (created_at, id) so deep pages stay fast. Each organisation's
 * side is read in the order of its own (org, created_at) index and only the page is joined: an
 * `OR` across the two columns would make the database sort every engagement of the organisations.
 */
export function listEngagementsOfOrgs(
  db: Kysely<Database>,
  query: EngagementListFilter & {
    after?: Cursor;
    limit: number;
  },
) {
  return newestPage(
    db,
    { waitingOn: query.waitingOn?.whose },
    {
      ...narrowingValues(query),
      afterCreatedAt: query.after?.key,
      afterId: query.after?.id,
      limit: query.limit,
    },
  );
}

// Every list request but a search runs this; Kysely built and compiled it on each one (8% of
// the request's CPU), now once per shape (how many organisations, which filters).
const newestPage = compiledPerShape(
  (
    db,
    shape: { waitingOn?: "us" | "them" },
    values: NarrowingValues & { afterCreatedAt?: string; afterId?: string; limit: number },
  ) => {
    // One arm per organisation and side, each an index range in the page's order, no two
    // holding the same engagement: an organisation's provider arm leaves out what a client arm
    // has (the client is one of the organisations), so the arms need `union all`, not `union`'s
    // de-duplication. SQLite merges the arms as they come and stops at the page's end, with
    // neither sort nor temporary b-tree (`union` of two sides each cut by `order by … limit`
    // cost it four a request, 30–40 µs even for a page of one). PostgreSQL merges them only
    // when each arm is cut to the page (else it reads and sorts all of the organisation's
    // engagements), so there each arm keeps its `order by … limit` (h-listfix).
    const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
    const arm = (column: "client_org_id" | "provider_org_id", orgId: string) => {
      let q = db
        .selectFrom("engagements as e")
        .select(["e.id", "e.created_at"])
        .where(`e.${column}`, "=", orgId);
      if (column === "provider_org_id") {
        q = q.where((eb) =>
          eb.or([
            eb("e.client_org_id", "is", null),
            eb("e.client_org_id", "not in", values.orgIds),
          ]),
        );
      }
      q = narrowed(q, values, shape.waitingOn);
      const { afterCreatedAt, afterId } = values;
      if (afterCreatedAt !== undefined && afterId !== undefined) {
        q = q.where((eb) =>
          eb.or([
            eb("e.created_at", "<", afterCreatedAt),
            eb.and([eb("e.created_at", "=", afterCreatedAt), eb("e.id", "<", afterId)]),
          ]),
        );
      }
      const cut = isPostgres
        ? q.orderBy("e.created_at", "desc").orderBy("e.id", "desc").limit(values.limit)
        : q;
      return db.selectFrom(cut.as("a")).select(["a.id", "a.created_at"]);
    };
    const [first, ...rest] = values.orgIds.flatMap((orgId) => [
      arm("client_org_id", orgId),
      arm("provider_org_id", orgId),
    ]);
    if (!first) throw new Error("the engagement list needs at least one organisation");
    const arms = rest.reduce((all, next) => all.unionAll(next), first);
    // The page's ids in order first, then each joined once, in that order: SQLite walks the
    // page without sorting the joined rows again, PostgreSQL without sorting the wide rows.
    const page = db
      .selectFrom(arms.as("u"))
      .select(["u.id", "u.created_at"])
      .orderBy("u.created_at", "desc")
      .orderBy("u.id", "desc")
      .limit(values.limit);
    return db
      .selectFrom(page.as("page"))
      .innerJoin("engagements as e", "e.id", "page.id")
      .leftJoin("organisations as xo", (join) => join.on(isCounterpart(values.orgIds)))
      .leftJoin("engagement_summary_facts as f", "f.engagement_id", "e.id")
      .leftJoin("exits as x", "x.engagement_id", "e.id")
      .selectAll("e")
      .select(COUNTERPART_COLUMNS)
      .select("f.facts as stored_summary_facts")
      .select(EXIT_END_COLUMNS)
      .orderBy("page.created_at", "desc")
      .orderBy("page.id", "desc");
  },
);

/** Sorts every key of the engagement list but the newest-first one; null deadlines sort last. */
const NO_DEADLINE = "9999-12-31T23:59:59.999Z";

/**
 * By title (A to Z) or by the soonest deadline something waits on (a review window's end, an
 * open invoice's due date at the end of its day), keyset-paginated on (key, id). The key is one
 * correlated subquery per engagement over indexed columns, so the list stays one query.
 */
export async function listEngagementsSortedBy(
  db: Kysely<Database>,
  query: EngagementListFilter & {
    sort: "title" | "deadline";
    after?: Cursor;
    limit: number;
  },
) {
  const key =
    query.sort === "title"
      ? sql<string>`lower(e.title)`
      : sql<string>`coalesce((select min(d.at) from (
          select s.review_due_at as at from submissions s
            where s.engagement_id = e.id and s.status = 'in_review'
          union all
          select i.due_date || 'T23:59:59.999Z' as at from invoices i
            where i.engagement_id = e.id and i.status in ('issued', 'partly_paid')
        ) d), ${NO_DEADLINE})`;
  const keyed = narrowed(
    db
      .selectFrom("engagements as e")
      .select(["e.id", key.as("sort_key")])
      .where((eb) =>
        eb.or([
          eb("e.client_org_id", "in", query.orgIds),
          eb("e.provider_org_id", "in", query.orgIds),
        ]),
      ),
    narrowingValues(query),
    query.waitingOn?.whose,
  );
  let page = db.selectFrom(keyed.as("k")).select(["k.id", "k.sort_key"]);
  const after = query.after;
  if (after) {
    page = page.where(pastCursor("k.sort_key", "k.id", after, "asc"));
  }
  const keys = await page.orderBy("k.sort_key").orderBy("k.id").limit(query.limit).execute();
  if (keys.length === 0) return [];
  const rows = await selectListRows(db, query.orgIds)
    .where(
      "e.id",
      "in",
      keys.map((k) => k.id),
    )
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return keys.flatMap((k) => {
    const row = byId.get(k.id);
    return row ? [{ row, sortKey: k.sort_key }] : [];
  });
}

/** The values the list's filters compare with: the organisations, a status, a LIKE pattern. */
interface NarrowingValues {
  [name: string]: string | number | string[] | undefined;
  orgIds: string[];
  status?: EngagementStatus;
  /** The search words as a LIKE pattern (`%words%`, with `!` escaping wildcards). */
  pattern?: string;
  /** Today, where `waitingOn` asks whether an exit has ended the engagement. */
  today?: string;
}

function narrowingValues(filter: EngagementListFilter): NarrowingValues {
  const words = filter.q?.trim().toLowerCase();
  return {
    orgIds: filter.orgIds,
    status: filter.status,
    pattern: words ? `%${words.replace(/[!%_]/g, (c) => `!${c}`)}%` : undefined,
    // A compiled-once query uses every value it is given: today only where the filter reads it.
    today: filter.waitingOn?.today,
  };
}

/** The filters every ordering of the list shares, on a query over `engagements as e`. */
function narrowed<O>(
  q: SelectQueryBuilder<Database & { e: EngagementsTable }, "e", O>,
  values: NarrowingValues,
  waitingOn: "us" | "them" | undefined,
): SelectQueryBuilder<Database & { e: EngagementsTable }, "e", O> {
  let narrowedQuery = q;
  if (values.status) narrowedQuery = narrowedQuery.where("e.status", "=", values.status);
  const pattern = values.pattern;
  if (pattern) {
    narrowedQuery = narrowedQuery.where(
      sql<boolean>`(lower(e.title) like ${pattern} escape '!' or exists (
        select 1 from organisations o
        where o.id in (e.client_org_id, e.provider_org_id) and lower(o.name) like ${pattern} escape '!'
      ))`,
    );
  }
  if (waitingOn) {
    const orgs = sql.join(values.orgIds);
    const today = values.today;
    if (today === undefined) throw new Error("the waiting filter needs today");
    const [asClient, asProvider] =
      waitingOn === "us" ? (["client", "provider"] as const) : (["provider", "client"] as const);
    narrowedQuery = narrowedQuery.where(
      sql<boolean>`((e.client_org_id in (${orgs}) and ${waitsOn(asClient, today)})
        or (e.provider_org_id in (${orgs}) and ${waitsOn(asProvider, today)}))`,
    );
  }
  return narrowedQuery;
}

/**
 * Whether something waits on one side of `e`, as the list's summary counts it
 * (`summariseEngagement`): a draft it has not signed, a round to evaluate or a priced change
 * (client), a change to price or an invoice to issue (provider), a payment the other side
 * recorded. Once the exit has ended the engagement (`engagementEndedOn`: its exit date has come
 * on `today`, or it ended amicably), changes and drafts wait on nobody.
 */
function waitsOn(side: "client" | "provider", today: string) {
  const other = side === "client" ? "provider" : "client";
  const goesOn = sql`not exists (select 1 from exits x where x.engagement_id = e.id
    and (x.exit_date <= ${today} or x.ended_amicably_at is not null))`;
  const turn =
    side === "client"
      ? sql`exists (select 1 from submissions s where s.engagement_id = e.id and s.status = 'in_review')
          or (exists (select 1 from change_requests c where c.engagement_id = e.id and c.status = 'priced')
            and ${goesOn})`
      : sql`(exists (select 1 from change_requests c where c.engagement_id = e.id and c.status = 'proposed')
            and ${goesOn})
          or exists (select 1 from invoices i where i.engagement_id = e.id and i.status = 'draft')`;
  return sql<boolean>`(${turn}
    or exists (select 1 from payments p where p.engagement_id = e.id and p.status = 'recorded'
      and p.recorded_side = ${other})
    or (exists (select 1 from agreement_versions v where v.engagement_id = e.id and v.status = 'draft'
      and not exists (select 1 from agreement_signatures g where g.version_id = v.id and g.side = ${side}))
      and ${goesOn}))`;
}

/**
 * The names and kinds of organisations by id: for a list row's initiator that is neither of its
 * sides, which no write of the app makes (an engagement is started by one of its sides).
 */
export async function listOrganisationNames(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("organisations")
    .select(["id", "name", "kind"])
    .where("id", "in", [...ids])
    .execute();
}

/** Moves a pending engagement to its answer; false if someone else answered first. */
export async function answerEngagement(
  db: Kysely<Database>,
  id: string,
  answer: {
    status: "active" | "declined";
    counterpart?: { column: "client_org_id" | "provider_org_id"; orgId: string };
    at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("engagements")
    .set({
      status: answer.status,
      updated_at: answer.at,
      ...(answer.counterpart && { [answer.counterpart.column]: answer.counterpart.orgId }),
    })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * The proposing side takes back a pending engagement. Conditional on it still being pending,
 * so a withdrawal racing an answer cannot both win; returns whether this one did.
 */
export async function withdrawPendingEngagement(
  db: Kysely<Database>,
  id: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable("engagements")
    .set({ status: "withdrawn", updated_at: at })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
