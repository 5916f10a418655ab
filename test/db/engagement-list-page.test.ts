import { CompiledQuery, sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/server/db/connect";
import type { Database, EngagementRow } from "../../src/server/db/schema";
import { selectEngagementsWithOrgs } from "../../src/server/kernel/engagement-rows.repository";
import {
  listEngagementsOfOrgs,
  type EngagementListFilter,
} from "../../src/server/modules/engagements/engagements.repository";
import { recordQueries } from "../support/query-recorder";
import { DIALECTS, freshDatabase } from "../support/databases";

/**
 * The newest-first page reads the page's ids from each side's index, then joins each row once
 * in that order. Whatever the organisations, filters and cursor, a page must hold what the
 * plain statement (every engagement of either side, joined, sorted, cut) gives.
 */
describe.each(DIALECTS)("the engagement list's newest-first page on %s", (dialect) => {
  let handle: DatabaseHandle;
  let db: Kysely<Database>;

  beforeAll(async () => {
    handle = await freshDatabase(dialect);
    db = handle.db;
    await world(db);
  });
  afterAll(() => handle.close());

  const cases: { name: string; filter: EngagementListFilter }[] = [
    { name: "a client", filter: { orgIds: [CLIENT_A] } },
    { name: "a provider", filter: { orgIds: [PROVIDER_1] } },
    {
      name: "a client and a provider working together",
      filter: { orgIds: [CLIENT_A, PROVIDER_1] },
    },
    { name: "two clients", filter: { orgIds: [CLIENT_A, CLIENT_B] } },
    { name: "a status", filter: { orgIds: [CLIENT_A, PROVIDER_1], status: "active" } },
    { name: "words", filter: { orgIds: [CLIENT_A, PROVIDER_1], q: "harbour" } },
    { name: "an organisation with none", filter: { orgIds: [PROVIDER_2] } },
  ];

  it.each(cases)("pages through $name as the plain statement does", async ({ filter }) => {
    for (const limit of [1, 7, 50]) {
      const expected = await plainPages(db, filter, limit);
      const pages: unknown[][] = [];
      let after: { key: string; id: string } | undefined;
      for (;;) {
        const rows = await listEngagementsOfOrgs(db, { ...filter, limit, ...(after && { after }) });
        if (rows.length === 0) break;
        pages.push(rows.map(comparable));
        const last = rows.at(-1)!;
        after = { key: last.created_at, id: last.id };
      }
      expect(pages, `limit ${limit}`).toEqual(expected);
    }
  });

  it("merges each organisation's sides in order, then joins: neither database sorts the joined rows", async () => {
    const recorder = recordQueries(db);
    await listEngagementsOfOrgs(recorder.db, { orgIds: [CLIENT_A, PROVIDER_1], limit: 20 });
    const page = recorder.queries.at(-1)!;
    expect(page.sql).toMatch(/^select "e"\.\*, /);
    // Four arms (two organisations, two sides each), disjoint, so no de-duplication.
    expect(page.sql.match(/ union all /g)).toHaveLength(3);
    expect(page.sql).not.toMatch(/ union select /);
    if (dialect === "sqlite") {
      const { rows } = await db.executeQuery<{ id: number; parent: number; detail: string }>(
        CompiledQuery.raw(`explain query plan ${page.sql}`, [...page.parameters]),
      );
      const details = rows.map((row) => row.detail);
      // The arms merged as they come: no temporary b-tree sorts a whole arm or the page (only
      // the ids of engagements created at the same instant, which the index leaves unordered).
      expect(details).toContain("MERGE (UNION ALL)");
      expect(details.filter((detail) => /TEMP B-TREE/.test(detail))).toEqual(
        details
          .filter((detail) => /TEMP B-TREE/.test(detail))
          .map(() => "USE TEMP B-TREE FOR LAST TERM OF ORDER BY"),
      );
      // One organisation a row, the counterpart, found by its key.
      const organisations = rows.filter((row) => / xo /.test(row.detail));
      expect(organisations.map((row) => row.detail)).toEqual([
        expect.stringMatching(/^SEARCH xo USING .*\(id=\?\)( LEFT-JOIN)?$/),
      ]);
    } else {
      // Nested loops, as on the bench's data (hash joins price in on a nearly empty database).
      const plan = await db.transaction().execute(async (trx) => {
        await sql`set local enable_hashjoin = off`.execute(trx);
        await sql`set local enable_mergejoin = off`.execute(trx);
        await sql`set local enable_bitmapscan = off`.execute(trx);
        await sql`set local enable_seqscan = off`.execute(trx);
        const { rows } = await trx.executeQuery<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
          CompiledQuery.raw(`explain (format json) ${page.sql}`, [...page.parameters]),
        );
        return rows[0]!["QUERY PLAN"][0]!.Plan;
      });
      // The joined rows are never sorted or aggregated: only the narrow ids below the joins are.
      const joined = nodesAbove(plan, (node) => node["Relation Name"] === "organisations");
      expect(joined.map((node) => node["Node Type"])).not.toContain("Sort");
      expect(joined.map((node) => node["Node Type"])).not.toContain("Aggregate");
      // The arms, each cut to the page, merged in order: no de-duplication.
      const types = nodesBelow(plan).map((node) => node["Node Type"]);
      expect(types).toContain("Merge Append");
      expect(types).not.toContain("Unique");
      expect(types).not.toContain("Aggregate");
      // One organisation a row, the counterpart, found by its key.
      const organisations = nodesBelow(plan).filter(
        (node) => node["Relation Name"] === "organisations",
      );
      expect(organisations.map((node) => node["Node Type"])).toEqual(["Index Scan"]);
    }
  });
});

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

/** The nodes on the paths from the plan's root down to every node that `isTarget` matches. */
function nodesAbove(node: PlanNode, isTarget: (node: PlanNode) => boolean): PlanNode[] {
  const below = (node.Plans ?? []).flatMap((child) => {
    const path = nodesAbove(child, isTarget);
    return path.length > 0 || isTarget(child) ? path : [];
  });
  const leadsToTarget = (node.Plans ?? []).some(
    (child) => isTarget(child) || nodesAbove(child, isTarget).length > 0,
  );
  return leadsToTarget ? [node, ...below] : [];
}

/** The node and every node under it. */
function nodesBelow(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesBelow)];
}

/**
 * Every page of the plain statement: both sides with `or`, joined to all three organisations
 * and the exit, sorted, cut by keyset; each row with its counterpart (the provider where the client is one of
 * the organisations, else the client) as the page gives it instead of the three names.
 */
async function plainPages(
  db: Kysely<Database>,
  filter: EngagementListFilter,
  limit: number,
): Promise<unknown[][]> {
  const all = await selectEngagementsWithOrgs(db)
    .leftJoin("engagement_summary_facts as f", "f.engagement_id", "e.id")
    .leftJoin("exits as x", "x.engagement_id", "e.id")
    .select(["co.kind as client_kind", "po.kind as provider_kind"])
    .select("f.facts as stored_summary_facts")
    .select(["x.exit_date as exit_date", "x.ended_amicably_at as exit_ended_amicably_at"])
    .where((eb) =>
      eb.or([
        eb("e.client_org_id", "in", filter.orgIds),
        eb("e.provider_org_id", "in", filter.orgIds),
      ]),
    )
    .orderBy("e.created_at", "desc")
    .orderBy("e.id", "desc")
    .execute();
  const words = filter.q?.toLowerCase();
  const kept = all.filter(
    (row) =>
      (!filter.status || row.status === filter.status) &&
      (!words ||
        [row.title, row.client_name, row.provider_name].some((text) =>
          text?.toLowerCase().includes(words),
        )),
  );
  const asPage = kept.map((row) => {
    const {
      initiator_name: _initiatorName,
      initiator_kind: _initiatorKind,
      client_name,
      provider_name,
      client_kind,
      provider_kind,
      ...engagement
    } = row;
    const isClientOurs = row.client_org_id !== null && filter.orgIds.includes(row.client_org_id);
    const counterpart = isClientOurs
      ? { id: row.provider_org_id, name: provider_name, kind: provider_kind }
      : { id: row.client_org_id, name: client_name, kind: client_kind };
    return {
      ...engagement,
      counterpart_id: counterpart.id,
      counterpart_name: counterpart.name,
      counterpart_kind: counterpart.kind,
    };
  });
  const pages: unknown[][] = [];
  for (let at = 0; at < asPage.length; at += limit) {
    pages.push(asPage.slice(at, at + limit).map(comparable));
  }
  return pages;
}

/** A row with its keys in one order, whatever order the statement gave its columns in. */
function comparable(row: object): unknown {
  return Object.fromEntries(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)));
}

const USER = "0190a000-0000-7000-8000-000000000001";
const CLIENT_A = "0190a000-0000-7000-8000-0000000000a1";
const CLIENT_B = "0190a000-0000-7000-8000-0000000000b1";
const PROVIDER_1 = "0190a000-0000-7000-8000-0000000000c1";
const PROVIDER_2 = "0190a000-0000-7000-8000-0000000000c2";

/**
 * Two clients and two providers; engagements of every pairing (a client's pending one without a
 * provider, ones between A and provider 1 that both see), several created at the same instant
 * so the id breaks ties, some with stored summary facts.
 */
async function world(db: Kysely<Database>): Promise<void> {
  const at = "2026-11-01T09:00:00.000Z";
  await db
    .insertInto("users")
    .values({
      id: USER,
      email: "list@example.test",
      name: "List",
      password_hash: "!",
      platform_role: "user",
      created_at: at,
    })
    .execute();
  await db
    .insertInto("organisations")
    .values([
      { id: CLIENT_A, name: "Harbour Foods", kind: "client", created_by: USER, created_at: at },
      { id: CLIENT_B, name: "Birch Retail", kind: "client", created_by: USER, created_at: at },
      { id: PROVIDER_1, name: "Quay Digital", kind: "provider", created_by: USER, created_at: at },
      { id: PROVIDER_2, name: "Idle Studio", kind: "provider", created_by: USER, created_at: at },
    ])
    .execute();
  const engagements: EngagementRow[] = [];
  const pairs = [
    { client: CLIENT_A, provider: PROVIDER_1, initiator: CLIENT_A },
    { client: CLIENT_A, provider: null, initiator: CLIENT_A },
    { client: CLIENT_B, provider: PROVIDER_1, initiator: PROVIDER_1 },
    { client: null, provider: PROVIDER_1, initiator: PROVIDER_1 },
    { client: CLIENT_A, provider: PROVIDER_1, initiator: PROVIDER_1 },
  ];
  for (let i = 0; i < 40; i++) {
    const pair = pairs[i % pairs.length]!;
    // Every third one shares its instant with the one before it.
    const minute = i - Math.floor(i / 3);
    const created = new Date(Date.parse(at) + minute * 60_000).toISOString();
    engagements.push({
      id: `0190a000-0000-7000-8000-${(0x100 + ((i * 7919) % 1000)).toString(16).padStart(12, "0")}`,
      title: i % 4 === 0 ? `Harbour refit ${i}` : `Engagement ${i}`,
      description: i % 2 ? "" : `Scope ${i}`,
      status: i % 3 === 0 ? "pending" : "active",
      client_org_id: pair.client,
      provider_org_id: pair.provider,
      initiator_org_id: pair.initiator,
      created_at: created,
      updated_at: created,
    });
  }
  await db.insertInto("engagements").values(engagements).execute();
  await db
    .insertInto("engagement_summary_facts")
    .values(
      engagements
        .filter((_, i) => i % 2 === 0)
        .map((e) => ({ engagement_id: e.id, facts: `{"stored":"${e.id}"}`, refreshed_at: at })),
    )
    .execute();
}
