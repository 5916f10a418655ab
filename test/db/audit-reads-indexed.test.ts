import { CompiledQuery, sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/server/db/schema";
import { listRecentAudit } from "../../src/server/kernel/audit.repository";
import { DIALECTS, freshDatabase } from "../support/databases";
import { recordQueries, type RecordedQuery } from "../support/query-recorder";
import type { DatabaseHandle } from "../../src/server/db/connect";

const MANY = 20_000;
const ORGS = 40;
const LIMIT = 50;
const at = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();

/**
 * `accord audit` reads the newest entries of the whole trail, or of one organisation. Among
 * twenty thousand entries each read walks an index from the newest and stops at its limit: no
 * scan of the table, no sort of what it read (PostgreSQL's actual rows, SQLite's plan).
 */
describe.each(DIALECTS)("the audit trail's reads among many entries on %s", (dialect) => {
  let handle: DatabaseHandle;
  let db: Kysely<Database>;
  beforeAll(async () => {
    handle = await freshDatabase(dialect);
    db = handle.db;
    for (let start = 0; start < MANY; start += 2_000) {
      const rows = Array.from({ length: 2_000 }, (_, i) => ({
        id: `audit-${String(start + i).padStart(6, "0")}`,
        occurred_at: at(start + i),
        actor_user_id: null,
        org_id: `org-${(start + i) % ORGS}`,
        action: "auth.login",
        subject: null,
        ip: "127.0.0.1",
      }));
      await db.insertInto("audit_events").values(rows).execute();
    }
    if (dialect === "postgres") await sql`analyze audit_events`.execute(db);
  });
  afterAll(() => handle.close());

  it("reads the newest entries of the trail, and of one organisation, from an index", async () => {
    for (const filter of [{ limit: LIMIT }, { orgId: "org-7", limit: LIMIT }]) {
      const recorder = recordQueries(db);
      const entries = await listRecentAudit(recorder.db, filter);
      expect(entries).toHaveLength(LIMIT);
      expect(entries.at(-1)?.occurredAt).toBe(at(filter.orgId ? MANY - ORGS + 7 : MANY - 1));
      const query = recorder.queries.at(-1)!;
      expect(await rowsRead(db, dialect, query), query.sql).toBeLessThanOrEqual(LIMIT);
    }
  });
});

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
}

/**
 * Rows of `audit_events` the statement reads: PostgreSQL's `explain analyze` (no sequential
 * scan, no sort); SQLite's plan must walk an index with no temporary B-tree for the order, and
 * then its LIMIT stops it, so it gives the limit.
 */
async function rowsRead(
  db: Kysely<Database>,
  dialect: string,
  query: RecordedQuery,
): Promise<number> {
  const explained = (prefix: string) =>
    db.executeQuery<Record<string, unknown>>(
      CompiledQuery.raw(`${prefix} ${query.sql}`, [...query.parameters]),
    );
  if (dialect === "postgres") {
    const { rows } = await explained("explain (analyze, format json)");
    const plan = (rows[0]!["QUERY PLAN"] as { Plan: PlanNode }[])[0]!.Plan;
    let read = 0;
    const visit = (node: PlanNode) => {
      expect(node["Node Type"], query.sql).not.toMatch(/^(Sort|Incremental Sort)$/);
      if (node["Relation Name"] === "audit_events") {
        expect(node["Node Type"], query.sql).not.toBe("Seq Scan");
        read +=
          ((node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0)) *
          (node["Actual Loops"] ?? 1);
      }
      for (const child of node.Plans ?? []) visit(child);
    };
    visit(plan);
    return read;
  }
  const { rows } = await explained("explain query plan");
  const details = rows.map((row) => String(row["detail"]));
  expect(details, query.sql).not.toContainEqual(expect.stringMatching(/TEMP B-TREE/));
  expect(details, query.sql).toContainEqual(
    expect.stringMatching(/^(SCAN|SEARCH) audit_events USING (COVERING )?INDEX /),
  );
  return LIMIT;
}
