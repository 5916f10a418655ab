import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CompiledQuery, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LOGIN_THROTTLE } from "../../src/domain/auth/login-throttle";
import { buildApp } from "../../src/server/app";
import { createDeps } from "../../src/server/create-deps";
import type { DatabaseHandle } from "../../src/server/db/connect";
import { ensureDefaultTaxonomy } from "../../src/server/modules/taxonomy/taxonomy";
import { ManualClock } from "../../src/server/platform/clock";
import {
  ALL_MET,
  buildDeliveryWorld,
  evaluate,
  submit,
  type DeliveryWorld,
} from "../api/delivery/delivery-fixtures";
import { bodyOf } from "../api/proposals-agreements/proposal-fixtures";
import { freshDatabase } from "../support/databases";
import { fakeResolver } from "../support/fake-dns";
import { recordQueries, type RecordedQuery } from "../support/query-recorder";
import { fastPasswords, type TestApp } from "../support/test-app";

/**
 * The statements a hot path runs that are pinned to neither one engagement nor one
 * organisation, each with where it lives once distributed (docs/SCALING.md). Matched by the
 * start of their SQL. Anything else on a hot path must name the engagement or an organisation
 * in its parameters: a new statement that scans across organisations fails this test.
 */
const NOT_PINNED: readonly { sql: string; why: string }[] = [
  {
    sql: 'select "u"."id", "u"."name", "u"."email", "u"."locale", "u"."platform_role", "m"."org_id" as "membership_org_id"',
    why: "the session look-up: sessions, users and memberships are distributed by user",
  },
  { sql: 'select * from "health_cohort"', why: "a reference table, copied to every node" },
  { sql: 'insert into "mail_outbox"', why: "the mail queue, distributed by its own id" },
  {
    sql: 'select "id", "body" from "messages" where "id" in ($1)',
    why: "re-reads the message just written in the same transaction, by primary key",
  },
  {
    sql: 'update "submissions" set "status" = $1, "decided_by" = $2, "decided_at" = $3 where "id" = $4',
    why: "the submission read just before under the engagement's lock, by primary key",
  },
  {
    sql: 'insert into "criterion_verdicts"',
    why: "rows of the submission just decided, keyed by it",
  },
];

/**
 * Whether a statement is routed by one of `keys`: an insert carries one among its values; a
 * select, update or delete compares a column with one (`"col" = $n`, or `$n` in an
 * `"col" in (…)` list) in its filters, after its `from` (a select) or `where` (an update, whose
 * `set` values route nothing). A key that is only selected, only set, or compared otherwise
 * (`<>`, `not in`, `>=`) does not pin the statement: a sharded database would still ask every
 * node. (An `or` beside the key's filter is not caught: no hot-path statement has one but the
 * organisation-health read, whose every branch names a key.)
 */
function isPinned(query: RecordedQuery, keys: ReadonlySet<string>): boolean {
  if (/^with\b/i.test(query.sql)) {
    // Writes joined in one statement (health's reaction on PostgreSQL): each part is routed on
    // its own, so each must be pinned; the final select that only closes the statement reads no table.
    const { parts, rest } = commonTableExpressions(query.sql);
    return (
      parts.every((sql) => isPinned({ ...query, sql }, keys)) &&
      (!/\bfrom\b/i.test(rest) || isPinned({ ...query, sql: rest }, keys))
    );
  }
  const placeholders = query.parameters.flatMap((value, index) =>
    typeof value === "string" && keys.has(value) ? [`$${index + 1}`] : [],
  );
  if (/^insert\b/i.test(query.sql)) return placeholders.length > 0;
  const anchor = /^update\b/i.test(query.sql) ? " where " : " from ";
  const at = query.sql.indexOf(anchor);
  if (at < 0) return false;
  const filters = query.sql.slice(at + anchor.length);
  const column = String.raw`"\w+"(?:\."\w+")?`;
  return placeholders.some((placeholder) => {
    const p = placeholder.replace("$", "\\$");
    return (
      new RegExp(String.raw`${column} = ${p}(?!\d)`).test(filters) ||
      new RegExp(String.raw`${column} in \((?:\$\d+, )*${p}(?!\d)`).test(filters)
    );
  });
}

/** The bodies of a `with` statement's common table expressions, and the statement after them. */
function commonTableExpressions(sql: string): { parts: string[]; rest: string } {
  const parts: string[] = [];
  let at = 0;
  for (;;) {
    const opening = /^(?:with|,)\s*"\w+" as \(/i.exec(sql.slice(at).trimStart());
    if (!opening) break;
    at = sql.length - sql.slice(at).trimStart().length + opening[0].length;
    let depth = 1;
    let end = at;
    while (depth > 0 && end < sql.length) {
      if (sql[end] === "(") depth += 1;
      if (sql[end] === ")") depth -= 1;
      end += 1;
    }
    parts.push(sql.slice(at, end - 1));
    at = end;
  }
  return { parts, rest: sql.slice(at).trim() };
}

/** Tables that grow with the instance: no hot-path statement may read them sequentially. */
const LARGE_TABLES = [
  "engagements",
  "engagement_events",
  "engagement_health",
  "organisation_health",
  "health_history",
  "messages",
  "submissions",
  "criterion_verdicts",
  "feedback_notes",
  "stored_files",
  "agreement_versions",
  "notifications",
  "org_notifications",
  "memberships",
  "sessions",
  "users",
  "organisations",
  "reviews",
  "review_rounds",
  "webhook_endpoints",
  "screening_nudges",
  "engagement_summary_facts",
];

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

function scansOf(node: PlanNode): { type: string; relation: string | undefined }[] {
  return [
    { type: node["Node Type"], relation: node["Relation Name"] },
    ...(node.Plans ?? []).flatMap(scansOf),
  ];
}

/**
 * The hot paths on PostgreSQL, read through the SQL Kysely compiles: each statement is pinned
 * to the engagement or its organisations (what a sharded PostgreSQL routes to one node), and
 * none reads a large table sequentially (its plan with sequential scans priced out uses an
 * index: if no index could serve it, the planner would still choose a Seq Scan).
 */
interface HotPaths {
  handle: DatabaseHandle;
  t: TestApp;
  w: DeliveryWorld;
  /** The statements each hot path ran, by the path's name. */
  paths: Map<string, RecordedQuery[]>;
}

/** An engagement with a submission in review, and the statements each hot path runs on it. */
async function recordHotPaths(dialect: "sqlite" | "postgres"): Promise<HotPaths> {
  const handle = await freshDatabase(dialect);
  await ensureDefaultTaxonomy(handle);
  const recorder = recordQueries(handle.db);
  const clock = new ManualClock(new Date("2026-11-22T09:00:00.000Z"));
  const filesDirectory = await mkdtemp(join(tmpdir(), "accord-hot-paths-"));
  const deps = createDeps(
    {
      ...handle,
      db: recorder.db,
      // A request's first read and its session's go through this one on PostgreSQL.
      sharedReads: handle.sharedReads && recordQueries(handle.sharedReads, recorder.queries).db,
    },
    {
      publicUrl: "http://accord.test",
      signingSecret: "test-signing-secret",
      mail: "outbox",
      clock,
      passwords: fastPasswords,
      filesDirectory,
      webhookLookup: fakeResolver().lookup,
    },
  );
  const app = await buildApp(deps, {
    loginAttemptsPerMinute: 1000,
    signupsPerHour: 100_000,
    loginThrottle: { ...DEFAULT_LOGIN_THROTTLE, addressFailures: 1000, accountFailures: 1000 },
  });
  await app.ready();
  const t: TestApp = { app, deps, clock, handle, filesDirectory, close: () => app.close() };
  const w = await buildDeliveryWorld(t);
  const submission = bodyOf<{ id: string }>(
    await submit(w, "d1", { links: ["https://example.com/round-1"] }),
    201,
  );
  const paths = new Map<string, RecordedQuery[]>();
  const run = async (name: string, request: () => Promise<{ statusCode: number }>) => {
    recorder.queries.length = 0;
    const response = await request();
    expect(response.statusCode, name).toBeLessThan(300);
    paths.set(name, [...recorder.queries]);
  };
  await run("engagement list", () => w.client.client.get("/api/v1/engagements"));
  await run("engagement overview: summary", () => w.client.client.get(w.url("")));
  await run("engagement overview: health", () => w.client.client.get(w.url("/health")));
  await run("events page", () => w.client.client.get(w.url("/events")));
  await run("posting a message", () =>
    w.client.client.post(w.url("/messages"), { thread: "engagement", body: "Hello both" }),
  );
  await run("posting an evaluation", () => evaluate(w, submission.id, ALL_MET));
  return { handle, t, w, paths };
}

async function closeHotPaths({ handle, t }: HotPaths): Promise<void> {
  await t.close();
  await t.deps.mailer.close();
  await handle.close();
  await rm(t.filesDirectory, { recursive: true, force: true });
}

describe("the hot paths on PostgreSQL", () => {
  let hot: HotPaths;
  let handle: DatabaseHandle;
  let w: DeliveryWorld;
  let paths: Map<string, RecordedQuery[]>;

  beforeAll(async () => {
    hot = await recordHotPaths("postgres");
    ({ handle, w, paths } = hot);
  });
  afterAll(() => closeHotPaths(hot));

  it("pins every statement to the engagement or one of its organisations, but the listed few", () => {
    const keys = new Set([w.engagementId, w.clientOrg.id, w.providerOrg.id]);
    const unpinned: string[] = [];
    for (const [name, queries] of paths) {
      expect(queries.length, name).toBeGreaterThan(0);
      for (const query of queries) {
        const isListed = NOT_PINNED.some((allowed) => query.sql.startsWith(allowed.sql));
        if (!isPinned(query, keys) && !isListed) unpinned.push(`${name}: ${query.sql}`);
      }
    }
    expect(unpinned).toEqual([]);
  });

  it("filters the engagement list by the organisation key, and reads health by the engagement", () => {
    const list = paths.get("engagement list") ?? [];
    const engagementReads = list.filter((q) => /from "engagements"/.test(q.sql));
    expect(engagementReads.length).toBeGreaterThan(0);
    for (const query of engagementReads) {
      expect(query.sql).toMatch(
        /"(client_org_id|provider_org_id)" (in \(|= \$\d+)|"e"\."id" in \(/,
      );
    }
    // The stored health is read with the engagement's participants, by the engagement's key
    // (on PostgreSQL with the session's statement inside, whose values come first).
    const health = paths.get("engagement overview: health") ?? [];
    expect(
      health.map((q) => q.sql).filter((s) => s.includes('left join "engagement_health"')),
    ).toEqual([expect.stringMatching(/ where "e"\."id" = \$\d+$/)]);
    // Posting updates its organisations' health by their keys (the parties of the engagement's
    // stored health, read with it), never by scanning engagements.
    for (const name of ["posting a message", "posting an evaluation"]) {
      const statements = (paths.get(name) ?? []).map((q) => q.sql);
      expect(
        statements.some((s) =>
          s.includes(
            'from "organisation_health" as "o" where "o"."org_id" = "h"."client_org_id" and "o"."side" = \'client\'',
          ),
        ),
        name,
      ).toBe(true);
      expect(
        statements.filter((s) => /"client_org_id" = \$1 order by/.test(s)),
        name,
      ).toEqual([]);
    }
  });

  it("reads no large table sequentially", async () => {
    const sequential: string[] = [];
    const explained = new Set<string>();
    for (const [name, queries] of paths) {
      for (const query of queries) {
        if (!/^(select|update|delete)\b/i.test(query.sql) || explained.has(query.sql)) continue;
        explained.add(query.sql);
        const plan = await handle.db.transaction().execute(async (trx) => {
          await sql`set local enable_seqscan = off`.execute(trx);
          const { rows } = await trx.executeQuery<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
            CompiledQuery.raw(`explain (format json) ${query.sql}`, [...query.parameters]),
          );
          return rows[0]?.["QUERY PLAN"][0]?.Plan;
        });
        expect(plan, query.sql).toBeDefined();
        for (const scan of scansOf(plan!)) {
          if (scan.type === "Seq Scan" && LARGE_TABLES.includes(scan.relation ?? "")) {
            sequential.push(`${name}: ${scan.relation}: ${query.sql}`);
          }
        }
      }
    }
    expect(explained.size).toBeGreaterThan(20);
    expect(sequential).toEqual([]);
  });
});

/**
 * The same hot paths on SQLite: no statement's plan scans a large table whole (`SCAN t`
 * without an index; `SEARCH` or a covering index is what a page of a million rows needs).
 */
describe("the hot paths on SQLite", () => {
  let hot: HotPaths;

  beforeAll(async () => {
    hot = await recordHotPaths("sqlite");
  });
  afterAll(() => closeHotPaths(hot));

  it("reads no large table whole", async () => {
    const scans: string[] = [];
    const explained = new Set<string>();
    for (const [name, queries] of hot.paths) {
      for (const query of queries) {
        if (!/^(select|update|delete)\b/i.test(query.sql) || explained.has(query.sql)) continue;
        explained.add(query.sql);
        const { rows } = await hot.handle.db.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
        );
        for (const { detail } of rows) {
          // Plans name a table by its alias where the statement gives one.
          const alias = /^SCAN (\w+)$/.exec(detail)?.[1];
          const scanned = alias && (aliasesOf(query.sql).get(alias) ?? alias);
          if (scanned && LARGE_TABLES.includes(scanned))
            scans.push(`${name}: ${detail}: ${query.sql}`);
        }
      }
    }
    expect(explained.size).toBeGreaterThan(20);
    expect(scans).toEqual([]);
  });
});

function aliasesOf(statement: string): Map<string, string> {
  return new Map(
    [...statement.matchAll(/"(\w+)" as "(\w+)"/g)].map(([, table, alias]) => [alias!, table!]),
  );
}
