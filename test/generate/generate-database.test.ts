import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { verifyChain } from "../../src/domain/ledger/ledger";
import { openDatabase, type DatabaseHandle } from "../../src/server/db/connect";
import { migrateToLatest } from "../../src/server/db/migrate";
import {
  DEFAULT_BLOCK_ENGAGEMENTS,
  GENERATED_END,
  defaultBlockEngagements,
  generateDatabase,
} from "../../src/server/generate/generate-database";
import {
  DEFAULT_MAIL_RETENTION_DAYS,
  DEFAULT_NOTIFICATION_RETENTION_DAYS,
} from "../../src/server/platform/config";
import { listEventsWithActors } from "../../src/server/modules/ledger/ledger.repository";
import { toChainedEvent } from "../../src/server/kernel/stored-events";
import { canonicalTerms, parseTerms } from "../../src/server/modules/agreements/canonical-terms";
import { SQLITE_SMALL_TABLE_ROWS } from "../../src/server/db/gather-statistics";
import { DIALECTS, freshDatabase } from "../support/databases";

const SIZE = { orgs: 4, engagements: 4, publicUrl: "http://accord.test" };

async function ledgerOf(handle: DatabaseHandle) {
  return handle.db
    .selectFrom("engagement_events")
    .select(["engagement_id", "seq", "type", "hash", "occurred_at"])
    .orderBy("engagement_id")
    .orderBy("seq")
    .execute();
}

describe.each(DIALECTS)("accord generate on %s", (dialect) => {
  const handles: DatabaseHandle[] = [];
  afterAll(async () => {
    for (const handle of handles) await handle.close();
  });
  const fresh = async () => {
    const handle = await freshDatabase(dialect);
    handles.push(handle);
    return handle;
  };

  // Reproducibility is checked on the copying path (the next test), whose block also runs
  // through the use-cases: generating these four histories again would only repeat it.
  it("fills histories through the use-cases whose ledgers verify", async () => {
    const first = await fresh();
    const generated = await generateDatabase(first, { ...SIZE, seed: 42 });
    expect(generated).toMatchObject({ ok: true, counts: { organisations: 4, engagements: 4 } });

    const events = await ledgerOf(first);
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      "engagement.started_from_proposal",
      "agreement.signed",
      "agreement.in_force",
      "deliverable.submitted",
      "deliverable.evaluated",
      "milestone.accepted",
      "invoice.issued",
      "payment.confirmed",
      "message.posted",
      "check_in.opened",
      "review.submitted",
    ]) {
      expect(types, type).toContain(type);
    }
    const engagementIds = [...new Set(events.map((e) => e.engagement_id))];
    expect(engagementIds).toHaveLength(4);
    for (const id of engagementIds) {
      const rows = await listEventsWithActors(first.db, id);
      expect(verifyChain(rows.map(toChainedEvent)).isIntact).toBe(true);
    }
  }, 1_200_000);

  it("copies a block of histories for organisations of their own, every ledger and agreement hash recomputed, the same again from the same seed", async () => {
    const copied = await fresh();
    const size = { orgs: 6, engagements: 6, publicUrl: "http://accord.test", blockEngagements: 2 };
    const generated = await generateDatabase(copied, { ...size, seed: 7 });
    expect(generated).toMatchObject({ ok: true, counts: { organisations: 6, engagements: 6 } });

    const engagements = await copied.db
      .selectFrom("engagements")
      .select(["id", "client_org_id", "provider_org_id"])
      .execute();
    expect(new Set(engagements.map((e) => e.id)).size).toBe(6);
    const orgs = await copied.db.selectFrom("organisations").select("id").execute();
    expect(orgs).toHaveLength(6);
    const users = await copied.db.selectFrom("users").select("email").execute();
    expect(new Set(users.map((u) => u.email)).size).toBe(6);
    for (const { id } of engagements) {
      const rows = await listEventsWithActors(copied.db, id);
      expect(rows.length).toBeGreaterThan(10);
      expect(verifyChain(rows.map(toChainedEvent)).isIntact).toBe(true);
    }
    const versions = await copied.db
      .selectFrom("agreement_versions")
      .select(["id", "terms", "content_hash"])
      .execute();
    expect(versions.length).toBeGreaterThanOrEqual(6);
    for (const version of versions) {
      expect(canonicalTerms(parseTerms(version.terms)).hash).toBe(version.content_hash);
      const signatures = await copied.db
        .selectFrom("agreement_signatures")
        .select("content_hash")
        .where("version_id", "=", version.id)
        .execute();
      expect(signatures).toHaveLength(2);
      for (const signature of signatures) expect(signature.content_hash).toBe(version.content_hash);
    }
    const health = await copied.db
      .selectFrom("engagement_health")
      .select("engagement_id")
      .execute();
    expect(health).toHaveLength(6);

    // As the sweeper would have left it at its "now": no mail or notification past retention,
    // in the block and its copies alike, and those within it kept.
    const now = GENERATED_END.getTime();
    const mail = await copied.db.selectFrom("mail_outbox").select("created_at").execute();
    const notices = await copied.db.selectFrom("org_notifications").select("created_at").execute();
    const mailSince = new Date(now - DEFAULT_MAIL_RETENTION_DAYS * 86_400_000).toISOString();
    const noticesSince = new Date(
      now - DEFAULT_NOTIFICATION_RETENTION_DAYS * 86_400_000,
    ).toISOString();
    expect(mail.length).toBeGreaterThan(0);
    expect(notices.length).toBeGreaterThan(0);
    expect(mail.filter((row) => row.created_at < mailSince)).toEqual([]);
    // Notifications go a day at a time: none of a day before the retention's first.
    expect(notices.filter((row) => row.created_at < noticesSince.slice(0, 10))).toEqual([]);
    const ledgerStart = await copied.db
      .selectFrom("engagement_events")
      .select((eb) => eb.fn.min("occurred_at").as("first"))
      .executeTakeFirstOrThrow();
    expect(String(ledgerStart.first) < noticesSince).toBe(true);

    // The score history holds the days a score changed, not a point a day (the daily sweep
    // assesses every engagement every day): far fewer points than days.
    const history = await copied.db
      .selectFrom("health_history")
      .select(["subject_id", "side", "day"])
      .execute();
    const spans = new Map<string, { first: string; last: string; points: number }>();
    for (const { subject_id, side, day } of history) {
      const key = `${subject_id}:${side}`;
      const span = spans.get(key) ?? { first: day, last: day, points: 0 };
      spans.set(key, {
        first: day < span.first ? day : span.first,
        last: day > span.last ? day : span.last,
        points: span.points + 1,
      });
    }
    const days = [...spans.values()].reduce(
      (sum, span) => sum + (Date.parse(span.last) - Date.parse(span.first)) / 86_400_000 + 1,
      0,
    );
    expect(history.length).toBeGreaterThan(0);
    expect(history.length).toBeLessThan(days / 4);

    // Same seed, another database: the very same ledgers, hash for hash.
    const ledger = await ledgerOf(copied);
    const again = await fresh();
    await generateDatabase(again, { ...size, seed: 7 });
    expect(await ledgerOf(again)).toEqual(ledger);
    // Another seed: other histories.
    const other = await fresh();
    await generateDatabase(other, { ...size, seed: 8 });
    const otherLedger = await ledgerOf(other);
    expect(otherLedger.length).toBeGreaterThan(0);
    expect(otherLedger.map((e) => e.hash)).not.toEqual(ledger.map((e) => e.hash));
  }, 1_200_000);

  it("leaves the planner's statistics gathered, as after any bulk load, but SQLite's of the tables it left small", async () => {
    const handle = await fresh();
    // Enough copies for more ledger events than SQLITE_SMALL_TABLE_ROWS; the sessions stay two.
    const size = { ...SIZE, orgs: 60, engagements: 60, blockEngagements: 2, seed: 5 };
    await generateDatabase(handle, size);
    const counted = async (table: "engagement_events" | "sessions") =>
      Number(
        (
          await handle.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirst()
        )?.n,
      );
    expect(await counted("engagement_events")).toBeGreaterThan(SQLITE_SMALL_TABLE_ROWS);
    expect(await counted("sessions")).toBeLessThan(SQLITE_SMALL_TABLE_ROWS);
    if (dialect === "sqlite") {
      const analysed = await sql<{ tbl: string }>`select tbl from sqlite_stat1`.execute(handle.db);
      const tables = analysed.rows.map((row) => row.tbl);
      expect(tables).toContain("engagement_events");
      expect(tables).not.toContain("sessions");
    } else {
      const estimated = await sql<{ relname: string; reltuples: number }>`
        select relname, reltuples from pg_class
         where relname in ('engagement_events', 'engagements', 'users') and relkind = 'r'`.execute(
        handle.db,
      );
      // -1 until the table is first analysed or vacuumed.
      expect(estimated.rows).toHaveLength(3);
      for (const row of estimated.rows) expect(Number(row.reltuples)).toBeGreaterThan(0);
      const columns = await sql<{ n: string }>`
        select count(*) as n from pg_stats where tablename = 'engagement_events'`.execute(
        handle.db,
      );
      expect(Number(columns.rows[0]?.n)).toBeGreaterThan(0);
    }
  });

  it("refuses a database that already has people in it", async () => {
    const handle = handles[0];
    if (!handle) throw new Error("the first test generates the database");
    expect(await generateDatabase(handle, { ...SIZE, seed: 1 })).toEqual({ ok: false });
  });
});

describe("accord generate's block of histories", () => {
  it("holds, at its default size, every kind of event the issue lists, in short and long engagements", async () => {
    const handle = await freshDatabase("sqlite");
    try {
      const size = { orgs: 4, engagements: DEFAULT_BLOCK_ENGAGEMENTS, publicUrl: "http://x" };
      expect(await generateDatabase(handle, { ...size, seed: 1 })).toMatchObject({ ok: true });
      const types = new Set((await ledgerOf(handle)).map((e) => e.type));
      for (const type of [
        "agreement.signed",
        "deliverable.submitted",
        "deliverable.evaluated",
        "change_request.proposed",
        "change_request.approved",
        "invoice.issued",
        "payment.recorded",
        "payment.confirmed",
        "check_in.opened",
        "check_in.answered",
        "message.posted",
        "review.submitted",
      ]) {
        expect(types, type).toContain(type);
      }
      const milestones = await handle.db
        .selectFrom("engagement_events")
        .select(["engagement_id", (eb) => eb.fn.countAll<number>().as("n")])
        .where("type", "=", "deliverable.submitted")
        .groupBy("engagement_id")
        .execute();
      // Short and long engagements both: some deliver once, some four times or more.
      expect(milestones.some((m) => Number(m.n) === 1)).toBe(true);
      expect(milestones.some((m) => Number(m.n) >= 4)).toBe(true);
    } finally {
      await handle.close();
    }
  }, 1_200_000);
});

describe("accord generate's organisations", () => {
  it("sizes the block so that the organisations asked for are enough for every copy", () => {
    expect(defaultBlockEngagements(1000, 20_000)).toBe(DEFAULT_BLOCK_ENGAGEMENTS);
    // A million engagements among 20,000 organisations: 10,000 copies of two each.
    expect(defaultBlockEngagements(20_000, 1_000_000)).toBe(100);
    expect(defaultBlockEngagements(2, 41)).toBe(41);
  });

  it("makes as many organisations as asked when they are fewer than two per default block", async () => {
    const handle = await freshDatabase("sqlite");
    try {
      // Blocks of 40 would have made two copies of two organisations each: four, not two.
      const size = { orgs: 2, engagements: DEFAULT_BLOCK_ENGAGEMENTS + 1, publicUrl: "http://x" };
      const result = await generateDatabase(handle, { ...size, seed: 2 });
      expect(result).toMatchObject({
        ok: true,
        counts: { organisations: 2, engagements: DEFAULT_BLOCK_ENGAGEMENTS + 1 },
      });
      const organisations = await handle.db
        .selectFrom("organisations")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(organisations.n)).toBe(2);
    } finally {
      await handle.close();
    }
  }, 1_200_000);
});

describe("accord generate into a fresh SQLite file", () => {
  // The statistics' own table (sqlite_stat1) is ANALYZE's, not the migrations'.
  const schemaOf = (handle: DatabaseHandle) =>
    handle.sqlite
      ?.prepare(
        "select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite\\_stat%' escape '\\' order by type, name",
      )
      .all();
  const settingsOf = (handle: DatabaseHandle) =>
    ["journal_mode", "synchronous", "cache_size", "foreign_keys"].map((name) =>
      handle.sqlite?.pragma(name, { simple: true }),
    );

  it("bulk-loads the copies, the tables whose indexes are rebuilt written last, then leaves the schema and the settings as a migrated file has them, every foreign key intact", async () => {
    const dir = await mkdtemp(join(tmpdir(), "accord-generate-"));
    try {
      const migrated = openDatabase(`sqlite:${join(dir, "migrated.db")}`);
      await migrateToLatest(migrated.db);
      const generated = openDatabase(`sqlite:${join(dir, "generated.db")}`);
      await migrateToLatest(generated.db);
      const settings = settingsOf(generated);
      const result = await generateDatabase(generated, {
        orgs: 12,
        engagements: 12,
        publicUrl: "http://accord.test",
        blockEngagements: 2,
        seed: 3,
      });
      expect(result).toMatchObject({ ok: true, counts: { engagements: 12 } });
      expect(settings[0]).toBe("wal");
      expect(settingsOf(generated)).toEqual(settings);
      expect(schemaOf(generated)).toEqual(schemaOf(migrated));
      expect(generated.sqlite?.pragma("foreign_key_check")).toEqual([]);
      expect(generated.sqlite?.pragma("integrity_check", { simple: true })).toBe("ok");

      // The copies of the tables whose indexes are created after them (an index not keyed by an
      // id first) come after every other table's pages, so that creating an index reads its
      // table's pages together rather than the whole file: most of the notifications' pages.
      const sqlite = generated.sqlite;
      if (!sqlite) throw new Error("SQLite only");
      const rebuilt = sqlite
        .prepare(
          `select distinct m.tbl_name from sqlite_master m, pragma_index_info(m.name) i
            where m.type = 'index' and m.sql is not null and i.seqno = 0
              and (i.name is null or (i.name <> 'id' and i.name not like '%\\_id' escape '\\'))`,
        )
        .pluck()
        .all() as string[];
      expect(rebuilt).toContain("org_notifications");
      const lastOtherPage = sqlite
        .prepare(
          `select max(d.pageno) from dbstat d join sqlite_master m on m.name = d.name
            where m.tbl_name not in (select value from json_each(?))
              and m.name not like 'sqlite\\_stat%' escape '\\'`,
        )
        .pluck()
        .get(JSON.stringify(rebuilt)) as number;
      const notificationPages = sqlite
        .prepare("select pageno from dbstat where name = 'org_notifications'")
        .pluck()
        .all() as number[];
      const lastPages = notificationPages.filter((page) => page > lastOtherPage);
      expect(lastPages.length).toBeGreaterThan(notificationPages.length / 2);
      await migrated.close();
      await generated.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 1_200_000);
  it("makes the copies inside SQLite exactly as from row values, each mail quoting its own ledger's head", async () => {
    const dir = await mkdtemp(join(tmpdir(), "accord-generate-"));
    const size = { orgs: 6, engagements: 6, publicUrl: "http://accord.test", blockEngagements: 2 };
    const dump = (handle: DatabaseHandle) => {
      const sqlite = handle.sqlite;
      if (!sqlite) throw new Error("SQLite only");
      const tables = sqlite
        .prepare(
          "select name from sqlite_master where type = 'table' and name not like 'kysely%' and name != 'sessions' order by name",
        )
        .pluck()
        .all() as string[];
      return Object.fromEntries(
        tables.map((table) => {
          const rows = sqlite.prepare(`select * from "${table}"`).all() as Record<
            string,
            unknown
          >[];
          // Password hashes take a random salt: the one value a seed does not fix.
          const texts = rows.map((row) => JSON.stringify({ ...row, password_hash: null })).sort();
          return [table, texts];
        }),
      );
    };
    try {
      const inSqlite = openDatabase(`sqlite:${join(dir, "in-sqlite.db")}`);
      await migrateToLatest(inSqlite.db);
      await generateDatabase(inSqlite, { ...size, seed: 5 });
      const fromRows = openDatabase(`sqlite:${join(dir, "rows.db")}`);
      await migrateToLatest(fromRows.db);
      await generateDatabase(fromRows, { ...size, seed: 5, sqliteCopies: "rows" });
      // Random apart from the seed: the migrations' times, session secrets, password salts.
      const copied = dump(inSqlite);
      expect(copied.engagement_events?.length).toBeGreaterThan(100);
      expect(copied).toEqual(dump(fromRows));

      // A mail quotes the head of its engagement's ledger: in a copy, the copy's ledger.
      const events = await inSqlite.db
        .selectFrom("engagement_events")
        .select(["engagement_id", "hash"])
        .execute();
      const ledgerOfHash = new Map(events.map((e) => [e.hash, e.engagement_id]));
      const mails = await inSqlite.db.selectFrom("mail_outbox").select("text_body").execute();
      let heads = 0;
      for (const { text_body } of mails) {
        const engagement = /\/engagements\/([0-9a-f-]{36})/.exec(text_body)?.[1];
        for (const [, head] of text_body.matchAll(/--head ([0-9a-f]{64})/g)) {
          expect(ledgerOfHash.get(head as string)).toBe(engagement);
          heads++;
        }
      }
      expect(heads).toBeGreaterThan(10);

      // Each copy's rows go in in their primary key's order: its index grows at the right edge.
      const copiedIds = inSqlite.sqlite
        ?.prepare("select id from engagement_events where id not like '00000000-%' order by rowid")
        .pluck()
        .all() as string[];
      expect(copiedIds.length).toBeGreaterThan(100);
      expect(copiedIds).toEqual([...copiedIds].sort());
      await inSqlite.close();
      await fromRows.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 1_200_000);
});
