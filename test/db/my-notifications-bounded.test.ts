import { CompiledQuery, sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNREAD_COUNT_CAP } from "../../src/contracts/notifications";
import type { Database } from "../../src/server/db/schema";
import {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationsRead,
  readReaderState,
  UNREAD_WINDOW,
} from "../../src/server/modules/notifications/my-notifications.repository";
import { buildAcceptedEngagement, type AcceptedEngagement } from "../api/api-fixtures";
import { DIALECTS } from "../support/databases";
import { recordQueries, type RecordedQuery } from "../support/query-recorder";
import { buildTestApp, type TestApp } from "../support/test-app";

/** Notifications of the client's organisation: the provider's doing, every tenth the client's. */
const MANY = 100_000;
const PAGE = 20;

const at = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();
const eventId = (n: number) => `event-${String(n).padStart(6, "0")}`;

/**
 * A person with a hundred thousand notifications: their page, their unread count, "mark all
 * read" and marking some by id each read a bounded number of rows, on both databases (the
 * plans walk the organisation's index from a bound and stop; PostgreSQL's actual row counts).
 */
describe.each(DIALECTS)("a person's notifications among many on %s", (dialect) => {
  let t: TestApp;
  let w: AcceptedEngagement;
  let db: Kysely<Database>;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    w = await buildAcceptedEngagement(t);
    db = t.handle.db;
    await fill(db, w);
  });
  afterAll(() => t.close());

  const recorded = async <T>(run: (db: Kysely<Database>) => Promise<T>) => {
    const recorder = recordQueries(db);
    const result = await run(recorder.db);
    // Kysely hands the recorder each derived table as it builds it; the statement comes last.
    return { result, query: recorder.queries.at(-1)! };
  };

  it("lists a page, deep or not, and counts unread up to the cap", async () => {
    const state = await readReaderState(db, w.client.userId);
    const first = await recorded((rdb) => listNotifications(rdb, { state, limit: PAGE + 1 }));
    expect(first.result.map((row) => row.event_id)).toEqual(newestOthers(MANY, PAGE + 1));
    const deep = await recorded((rdb) =>
      listNotifications(rdb, {
        state,
        before: { key: at(MANY / 2), id: eventId(MANY / 2) },
        limit: PAGE + 1,
      }),
    );
    expect(deep.result.map((row) => row.event_id)).toEqual(newestOthers(MANY / 2 - 1, PAGE + 1));
    const count = await recorded((rdb) => countUnreadNotifications(rdb, state));
    expect(count.result).toBe(UNREAD_COUNT_CAP);

    for (const { query } of [first, deep]) {
      expect(await rowsRead(db, dialect, query)).toBeLessThanOrEqual(2 * (PAGE + 1));
    }
    expect(await rowsRead(db, dialect, count.query)).toBeLessThanOrEqual(UNREAD_WINDOW);
  });

  it("marks some and then all read in statements that read no more than they mark", async () => {
    const state = await readReaderState(db, w.client.userId);
    const some = [eventId(MANY), eventId(MANY - 1), eventId(7)];
    const byId = await recorded((rdb) => markNotificationsRead(rdb, state, some, at(MANY + 1)));
    expect(await rowsRead(db, dialect, byId.query)).toBeLessThanOrEqual(some.length);

    // Explained first: PostgreSQL's `explain analyze` runs it, in a transaction rolled back.
    const all = await recorded((rdb) => markAllNotificationsRead(rdb, state, at(MANY + 2)));
    expect(all.result).toEqual({ createdAt: at(MANY), eventId: eventId(MANY) });
    await db.deleteFrom("notification_read_marks").execute();
    expect(await rowsRead(db, dialect, all.query)).toBeLessThanOrEqual(2);
    await markAllNotificationsRead(db, state, at(MANY + 2));
    const moved = await readReaderState(db, w.client.userId);
    expect(moved.mark).toEqual(all.result);
    const count = await recorded((rdb) => countUnreadNotifications(rdb, moved));
    expect(count.result).toBe(0);
    // On PostgreSQL none but the newest (the mark's own), on SQLite a walk from the mark.
    expect(await rowsRead(db, dialect, count.query)).toBeLessThanOrEqual(
      dialect === "postgres" ? 2 : UNREAD_WINDOW,
    );
    expect(count.query.parameters).toContain(at(MANY));

    // Read times: by id where read by id, else the mark's.
    const page = await listNotifications(db, { state: moved, limit: 3 });
    expect(page.map((row) => row.read_at)).toEqual([at(MANY + 1), at(MANY + 2), at(MANY + 2)]);
  });
});

/** The newest `count` notifications from number `from` down that the client did not cause. */
function newestOthers(from: number, count: number): string[] {
  const ids: string[] = [];
  for (let n = from; ids.length < count; n--) if (n % 10 !== 0) ids.push(eventId(n));
  return ids;
}

async function fill(db: Kysely<Database>, w: AcceptedEngagement): Promise<void> {
  // Both joined before the first notification.
  await db
    .updateTable("memberships")
    .set({ created_at: at(0) })
    .where("user_id", "in", [w.client.userId, w.provider.userId])
    .execute();
  const CHUNK = 2_000;
  for (let start = 1; start <= MANY; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, MANY - start + 1) }, (_, i) => {
      const n = start + i;
      return {
        event_id: eventId(n),
        org_id: w.clientOrg.id,
        engagement_id: w.engagement.id,
        type: "message.posted",
        payload: JSON.stringify({ messageId: `m${n}`, thread: "engagement" }),
        actor_user_id: n % 10 === 0 ? w.client.userId : w.provider.userId,
        created_at: at(n),
        members_as_of: at(n),
      };
    });
    await db.insertInto("org_notifications").values(rows).execute();
  }
  if (db.getExecutor().adapter.constructor.name.startsWith("Postgres")) {
    await sql`analyze org_notifications`.execute(db);
  }
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
}

/**
 * Rows of `org_notifications` the statement reads. PostgreSQL says it (`explain analyze`:
 * rows returned and rows filtered out by each scan of the table, in a transaction rolled
 * back); SQLite's plan must walk an index of the table from a bound, in the order asked,
 * never scan it whole nor sort what it reads first, and then the LIMIT stops it: it gives the
 * limit as the bound.
 */
async function rowsRead(
  db: Kysely<Database>,
  dialect: string,
  query: RecordedQuery,
): Promise<number> {
  if (dialect === "postgres") {
    const plan = await db
      .transaction()
      .execute(async (trx) => {
        const { rows } = await trx.executeQuery<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
          CompiledQuery.raw(`explain (analyze, format json) ${query.sql}`, [...query.parameters]),
        );
        throw new Rollback(rows[0]!["QUERY PLAN"][0]!.Plan);
      })
      .catch((error: unknown) => {
        if (error instanceof Rollback) return error.plan;
        throw error;
      });
    let read = 0;
    const visit = (node: PlanNode) => {
      if (node["Relation Name"] === "org_notifications") {
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
  const { rows } = await db.executeQuery<{ id: number; parent: number; detail: string }>(
    CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
  );
  const reads = rows.filter((row) => /^(SCAN|SEARCH) n\b/.test(row.detail));
  expect(reads.length, query.sql).toBeGreaterThan(0);
  for (const read of reads) {
    expect(read.detail, query.sql).toMatch(
      /^SEARCH n USING (COVERING )?INDEX (org_notifications_org_idx|org_notifications_back_dated_idx|sqlite_autoindex_org_notifications_1) \((org_id=\? AND created_at[<>]\?|event_id=\? AND org_id=\?)/,
    );
    // Nothing sorts beside the walk, before its LIMIT.
    const beside = rows.filter((row) => row.parent === read.parent && row.id !== read.id);
    expect(
      beside.map((row) => row.detail),
      query.sql,
    ).toEqual([]);
  }
  return limitOf(query);
}

/** The largest LIMIT the statement gives (its last parameters are the limits on SQLite). */
function limitOf(query: RecordedQuery): number {
  return Math.max(
    0,
    ...query.parameters.filter((value): value is number => typeof value === "number"),
  );
}

class Rollback extends Error {
  constructor(readonly plan: PlanNode) {
    super("rolled back");
  }
}
