import { CompiledQuery, type Kysely } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/server/db/schema";
import type { MailStatus } from "../../src/server/modules/retention/retention.repository";
import { sweepRetention } from "../../src/server/modules/retention/sweep-retention";
import { sweepDueWork } from "../../src/server/sweeper";
import { buildAcceptedEngagement, DAY_MS } from "../api/api-fixtures";
import { DIALECTS } from "../support/databases";
import { recordQueries } from "../support/query-recorder";
import { buildTestApp, type TestApp } from "../support/test-app";

const MINUTE_MS = 60_000;

/**
 * Mail and notifications are kept for their retention (30 and 90 days by default) and no
 * longer, as the test clock moves: the sweep removes exactly what is past it, mail still to
 * send stays, and each sweep removes a bounded number of rows, walking an index.
 */
describe.each(DIALECTS)("retention on %s", (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("removes mail and notifications once past retention, and nothing else", async () => {
    t = await buildTestApp(dialect);
    const app = t;
    const db = app.handle.db;
    const w = await buildAcceptedEngagement(app);
    const t0 = app.clock.now().toISOString();
    // What the engagement wrote (the outbox's mailbox, pending), and mail in every state.
    const written = await mailIds(db);
    expect(written.length).toBeGreaterThan(0);
    await insertMail(db, "old-", t0, ["sent", "failed", "sending"]);
    await db
      .insertInto("org_notifications")
      .values(
        ["n1", "n2", "n3"].map((eventId) => ({
          event_id: eventId,
          org_id: w.clientOrg.id,
          engagement_id: w.engagement.id,
          type: "message.posted",
          payload: JSON.stringify({ messageId: eventId, thread: "engagement" }),
          actor_user_id: w.provider.userId,
          created_at: t0,
          members_as_of: t0,
        })),
      )
      .execute();
    const notified = await notificationKeys(db);
    expect(notified.length).toBeGreaterThan(0);
    await db
      .insertInto("notification_reads")
      .values({ user_id: w.client.userId, event_id: notified[0]!.event_id, read_at: t0 })
      .execute();

    app.clock.advance(30 * DAY_MS - MINUTE_MS);
    expect(await sweepRetention(app.deps)).toEqual({ mails: 0, notifications: 0, reads: 0 });
    const newer = app.clock.now().toISOString();
    await insertMail(db, "new-", newer, ["sent"]);

    app.clock.advance(2 * MINUTE_MS);
    expect(await sweepRetention(app.deps)).toEqual({
      mails: written.length + 2,
      notifications: 0,
      reads: 0,
    });
    // Mail being sent stays until it is sent or given up on; newer mail stays.
    expect(await mailIds(db)).toEqual(["new-sent", "old-sending"]);
    expect(await notificationKeys(db)).toEqual(notified);

    // Ninety days on, the notifications' day is not yet past (they go a day at a time); the
    // read receipt, by its time, is.
    app.clock.advance(60 * DAY_MS);
    expect(await sweepRetention(app.deps)).toEqual({ mails: 1, notifications: 0, reads: 1 });
    expect(await notificationKeys(db)).toEqual(notified);
    app.clock.advance(DAY_MS);
    expect(await sweepRetention(app.deps)).toEqual({
      mails: 0,
      notifications: notified.length,
      reads: 0,
    });
    expect(await mailIds(db)).toEqual(["old-sending"]);
    expect(await notificationKeys(db)).toEqual([]);
    expect(await db.selectFrom("notification_reads").selectAll().execute()).toEqual([]);
    // The ledger is the record: never removed.
    const events = await db.selectFrom("engagement_events").select("id").execute();
    expect(events.length).toBeGreaterThan(0);

    // The sweeper does it on its rounds: what it writes now stays, nothing older does.
    app.clock.advance(100 * DAY_MS);
    await insertMail(db, "late-", t0, ["sent"]);
    await sweepDueWork(app.deps);
    const cutoff = new Date(app.clock.now().getTime() - 30 * DAY_MS).toISOString();
    const left = await db.selectFrom("mail_outbox").select(["id", "created_at"]).execute();
    expect(left.map((row) => row.id)).not.toContain("late-sent");
    expect(left.filter((row) => row.created_at < cutoff).map((row) => row.id)).toEqual([
      "old-sending",
    ]);
  });

  it("keeps mail to send when mail goes out by SMTP, and removes a bounded number a sweep", async () => {
    t = await buildTestApp(dialect, { mail: "smtp://127.0.0.1:9" });
    const app = t;
    const db = app.handle.db;
    const t0 = app.clock.now().toISOString();
    await insertMail(db, "a-", t0, ["pending", "sending", "failed"]);
    await db
      .insertInto("mail_outbox")
      .values(
        Array.from({ length: 10 }, (_, n) =>
          mailRow(`sent-${String(n).padStart(2, "0")}`, "sent", t0),
        ),
      )
      .execute();
    app.clock.advance(31 * DAY_MS);
    const windowed = { windowSize: 3, windows: 2 };
    // Two windows of three sent mails, and the failed one (each status its own windows).
    expect((await sweepRetention(app.deps, windowed)).mails).toBe(7);
    expect((await sweepRetention(app.deps, windowed)).mails).toBe(4);
    expect((await sweepRetention(app.deps, windowed)).mails).toBe(0);
    expect(await mailIds(db)).toEqual(["a-pending", "a-sending"]);
  });

  it("walks an index for each window, never the whole table", async () => {
    t = await buildTestApp(dialect);
    const recorder = recordQueries(t.handle.db);
    await sweepRetention({ ...t.deps, db: recorder.db });
    const deletes = recorder.queries.filter((query) => /^delete/i.test(query.sql));
    expect(deletes.length).toBe(5); // sent, failed, pending (the outbox), notifications, reads
    for (const query of deletes) {
      const plan = await planOf(t.handle.db, dialect, query.sql, query.parameters);
      expect(plan, query.sql).toMatch(
        /mail_outbox_status_idx|org_notifications_day_idx|notification_reads_read_idx/,
      );
      expect(plan, query.sql).not.toMatch(
        /Seq Scan|SCAN (mail_outbox|org_notifications|notification_reads)\b(?! USING)/,
      );
    }
  });
});

function mailRow(id: string, status: MailStatus, createdAt: string) {
  return {
    id,
    to_address: `${id}@example.test`,
    locale: "en",
    subject: "Subject",
    text_body: "Body",
    status,
    attempts: status === "pending" ? 0 : 1,
    last_error: status === "failed" ? "refused" : null,
    created_at: createdAt,
    sent_at: status === "sent" ? createdAt : null,
  };
}

async function insertMail(
  db: Kysely<Database>,
  prefix: string,
  createdAt: string,
  statuses: MailStatus[],
): Promise<void> {
  await db
    .insertInto("mail_outbox")
    .values(statuses.map((status) => mailRow(`${prefix}${status}`, status, createdAt)))
    .execute();
}

async function mailIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom("mail_outbox").select("id").orderBy("id").execute();
  return rows.map((row) => row.id);
}

async function notificationKeys(db: Kysely<Database>) {
  return db
    .selectFrom("org_notifications")
    .select(["event_id", "org_id"])
    .orderBy("event_id")
    .orderBy("org_id")
    .execute();
}

/** The statement's plan as text; PostgreSQL's with sequential scans off, so an index is used if usable. */
async function planOf(
  db: Kysely<Database>,
  dialect: string,
  statement: string,
  parameters: readonly unknown[],
): Promise<string> {
  if (dialect === "postgres") {
    return db.transaction().execute(async (trx) => {
      await trx.executeQuery(CompiledQuery.raw("set local enable_seqscan = off"));
      const { rows } = await trx.executeQuery<{ "QUERY PLAN": string }>(
        CompiledQuery.raw(`explain ${statement}`, [...parameters]),
      );
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    });
  }
  const { rows } = await db.executeQuery<{ detail: string }>(
    CompiledQuery.raw(`explain query plan ${statement}`, [...parameters]),
  );
  return rows.map((row) => row.detail).join("\n");
}
