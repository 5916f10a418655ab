import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyChain } from "../../src/domain/ledger/ledger";
import { toChainedEvent } from "../../src/server/kernel/stored-events";
import { publishDueReviewRounds } from "../../src/server/modules/reviews/publish-due-review-rounds";
import { listEventsWithActors } from "../../src/server/modules/ledger/ledger.repository";
import { insertOrgNotifications } from "../../src/server/modules/notifications/notifications.repository";
import {
  buildAcceptedEngagement,
  DAY_MS,
  expectError,
  type AcceptedEngagement,
} from "../api/api-fixtures";
import {
  buildDeliveryWorld,
  evaluate,
  ONE_UNMET,
  submit,
  type DeliveryWorld,
} from "../api/delivery/delivery-fixtures";
import { buildReviewWorld, writeReview } from "../api/reviews/review-fixtures";
import { bodyOf, postMessage, type MessageBody } from "../api/collaboration/collaboration-fixtures";
import { DIALECTS } from "../support/databases";
import { recordingUnanswered } from "../support/pg-pipelining";
import { recordingInto, type RecordedQuery } from "../support/query-recorder";
import { buildTestApp, type TestApp } from "../support/test-app";

/**
 * Posting a message is the busiest write; on PostgreSQL every statement is a round trip. The
 * engagement's row is read once inside the transaction, with its lock, and serves the status
 * check, the event's append and its notifications; a person in both organisations is told once.
 */
describe.each(DIALECTS)("posting a message's statements on %s", (dialect) => {
  let t: TestApp;
  let w: AcceptedEngagement;
  const queries: RecordedQuery[] = [];

  beforeAll(async () => {
    t = await buildTestApp(dialect, { wrapDb: recordingInto(queries) });
    w = await buildAcceptedEngagement(t);
  });
  afterAll(() => t.close());

  it("reads the engagement once for the access check and once, locked, in the transaction", async () => {
    // The first message after a quiet spell is mailed at once; the second is gathered.
    await postMessage(t, w.client, w.engagement.id, "First");
    queries.length = 0;
    const posted = await postMessage(t, w.provider, w.engagement.id, "Second");
    const engagementReads = queries.filter((q) => /\bfrom "engagements"/.test(q.sql));
    expect(engagementReads.map((q) => q.sql)).toEqual([
      expect.stringMatching(/^select "e"\.\*, /),
      dialect === "postgres"
        ? 'select "status", "title", "client_org_id", "provider_org_id" from "engagements" where "id" = $1 for no key update'
        : 'select "status", "title", "client_org_id", "provider_org_id" from "engagements" where "id" = ?',
    ]);
    // The chain's head binds no limit: SQLite would compile a bound `limit ?` again each run.
    const heads = queries.filter((q) =>
      /^select "seq", "hash" from "engagement_events"/.test(q.sql),
    );
    expect(heads.map((q) => [q.sql.endsWith(" limit 1"), q.parameters])).toEqual([
      [true, [w.engagement.id]],
    ]);
    // Nothing else locks the engagement again.
    expect(queries.filter((q) => /for (no key )?update/.test(q.sql))).toHaveLength(
      dialect === "postgres" ? 2 : 0, // the engagement, and health's organisation sums
    );
    // One row for each side, whoever is in it; who sees it is read when listing. On PostgreSQL
    // in the statement that writes the event.
    const inserts = queries.filter((q) => /insert into "org_notifications"/.test(q.sql));
    expect(inserts).toHaveLength(1);
    expect(inserts[0]?.sql).toMatch(
      dialect === "postgres"
        ? /^with "event_row" as \(insert into "engagement_events" .*\), "notices" as \(insert into "org_notifications" /
        : /^insert into "org_notifications"/,
    );
    expect(inserts[0]?.parameters).toEqual(
      expect.arrayContaining([w.clientOrg.id, w.providerOrg.id]),
    );
    expect(queries.filter((q) => /^insert into "notifications"/.test(q.sql))).toEqual([]);
    // The sender's pending nudges are settled with the message's row: on PostgreSQL in its
    // statement, a round trip fewer.
    const settling = queries.filter((q) => /"screening_nudges"/.test(q.sql));
    expect(settling.map((q) => q.sql)).toEqual([
      dialect === "postgres"
        ? expect.stringMatching(
            /^with "settled_nudges" as \(update "screening_nudges" .*\) insert into "messages" /,
          )
        : expect.stringMatching(/^update "screening_nudges" /),
    ]);

    const notified = await w.client.client.get("/api/v1/notifications");
    const { notifications } = bodyOf<{ notifications: { payload: { messageId?: string } }[] }>(
      notified,
    );
    expect(notifications.filter((n) => n.payload.messageId === posted.id)).toHaveLength(1);
  });

  it("writes an event's notification once for a team of any size, and tells each member", async () => {
    for (const size of [1, 64, 65, 501]) {
      const org = `org-of-${size}`;
      await t.handle.db
        .insertInto("organisations")
        .values({ ...(await orgRowOf(t, w.clientOrg.id)), id: org, name: `Team of ${size}` })
        .execute();
      const users = Array.from({ length: size }, (_, n) => ({
        id: `${size}-user-${n}`,
        email: `${size}-user-${n}@example.test`,
        name: `User ${n}`,
        password_hash: "x",
        locale: null,
        platform_role: "user" as const,
        created_at: "2026-12-03T10:00:00.000Z",
      }));
      for (let at = 0; at < size; at += 100) {
        const slice = users.slice(at, at + 100);
        await t.handle.db.insertInto("users").values(slice).execute();
        await t.handle.db
          .insertInto("memberships")
          .values(
            slice.map((user) => ({
              org_id: org,
              user_id: user.id,
              role: "member" as const,
              created_at: "2026-12-03T10:00:00.000Z",
            })),
          )
          .execute();
      }
      queries.length = 0;
      await insertOrgNotifications(t.deps.db, {
        eventId: `event-${size}`,
        orgIds: [org],
        engagementId: w.engagement.id,
        type: "message.posted",
        payload: '{"messageId":"m"}',
        actorUserId: null,
        createdAt: "2026-12-03T10:00:00.000Z",
      });
      expect(queries).toHaveLength(1);
      const rows = await t.handle.db
        .selectFrom("notifications")
        .selectAll()
        .where("event_id", "=", `event-${size}`)
        .orderBy("user_id")
        .execute();
      expect(rows.map((row) => row.user_id)).toEqual(users.map((user) => user.id).sort());
      expect(new Set(rows.map((row) => `${row.payload} ${row.read_at}`))).toEqual(
        new Set(['{"messageId":"m"} null']),
      );
    }
  });

  it("chains messages posted at once by both sides, each told to the other side once", async () => {
    const posted = await Promise.all(
      Array.from({ length: 12 }, async (_, n) => {
        const author = n % 2 === 0 ? w.client : w.provider;
        const response = await author.client.post(
          `/api/v1/engagements/${w.engagement.id}/messages`,
          { thread: "engagement", body: `At once ${n}` },
        );
        return bodyOf<MessageBody>(response, 201);
      }),
    );
    const events = (await listEventsWithActors(t.handle.db, w.engagement.id)).map(toChainedEvent);
    expect(verifyChain(events)).toMatchObject({ isIntact: true });
    const told = await t.handle.db
      .selectFrom("notifications")
      .select(["user_id", "payload"])
      .where("engagement_id", "=", w.engagement.id)
      .where("type", "=", "message.posted")
      .execute();
    for (const message of posted) {
      const readers = told
        .filter(
          (row) => (JSON.parse(row.payload) as { messageId: string }).messageId === message.id,
        )
        .map((row) => row.user_id);
      const other = message.author.userId === w.client.userId ? w.provider : w.client;
      expect(readers, message.body).toEqual([other.userId]);
    }
  });
});

async function orgRowOf(t: TestApp, id: string) {
  return t.handle.db
    .selectFrom("organisations")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

/**
 * With e-mail gathered over a window, each message of a burst asks the window in one statement
 * (opened, the burst's start marked, or nothing); the message mailed at once quotes its start
 * from the text the post holds, not read back; its e-mails are one insert.
 */
describe.each(DIALECTS)("a burst of messages' statements on %s", (dialect) => {
  let t: TestApp;
  let w: AcceptedEngagement;
  const queries: RecordedQuery[] = [];
  beforeAll(async () => {
    t = await buildTestApp(dialect, {
      wrapDb: recordingInto(queries),
      notificationMailWindowMs: 5 * 60_000,
    });
    w = await buildAcceptedEngagement(t);
  });
  afterAll(() => t.close());

  it("asks the mail window once a message and reads no message back", async () => {
    const statements: string[][] = [];
    for (const body of ["First, mailed at once", "Second, starts the burst", "Third"]) {
      queries.length = 0;
      await postMessage(t, w.client, w.engagement.id, body);
      statements.push(queries.map((q) => q.sql));
    }
    const [first, second, third] = statements.map((sqls) => ({
      window: sqls.filter((q) => /"notification_mail_pending"/.test(q)),
      messagesRead: sqls.filter((q) => /^select .* from "messages"/.test(q)),
      outbox: sqls.filter((q) => /"mail_outbox"/.test(q)),
      count: sqls.length,
    }));
    for (const post of [first, second, third]) {
      // On PostgreSQL with the event and its notifications.
      expect(post?.window).toEqual([
        dialect === "postgres"
          ? expect.stringMatching(
              /^with "event_row" as .*"mail_window" as \(insert into "notification_mail_pending" .* on conflict .* select exists \(select 1 from "mail_window" where "from_seq" is null\) as "is_mailed_now", \(select json_agg\(.*\) from "webhook_endpoints" where .*\) as "endpoints"$/,
            )
          : expect.stringMatching(/^insert into "notification_mail_pending" .* on conflict /),
      ]);
      expect(post?.messagesRead).toEqual([]);
    }
    expect(first?.outbox).toEqual([expect.stringMatching(/^insert into "mail_outbox"/)]);
    expect(second?.outbox).toEqual([]);
    expect(third?.outbox).toEqual([]);
    // Session, access, lock, message (and on SQLite the nudges), chain head, event, its
    // notifications, the window, webhooks (on PostgreSQL these four one statement), health's
    // read and write (on SQLite two); the first also the members and their e-mails.
    const base = dialect === "postgres" ? 8 : 13;
    expect(
      statements.map((sqls) => sqls.filter((q) => /^select .* from "webhook_endpoints"/.test(q))),
    ).toEqual(
      dialect === "postgres"
        ? [[], [], []]
        : [[expect.any(String)], [expect.any(String)], [expect.any(String)]],
    );
    expect([first?.count, second?.count, third?.count]).toEqual([base + 2, base, base]);
    // The provider was mailed the first message's start, and only it so far.
    const mailed = await t.handle.db
      .selectFrom("mail_outbox")
      .select("text_body")
      .where("to_address", "=", w.provider.email)
      .where("text_body", "like", "%First, mailed at once%")
      .execute();
    expect(mailed).toHaveLength(1);
  });
});

/**
 * An evaluation locks the engagement with its access check; the event's append and its
 * notifications use the row read then instead of locking and reading it again.
 */
describe.each(DIALECTS)("an evaluation's statements on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  const queries: RecordedQuery[] = [];
  beforeAll(async () => {
    t = await buildTestApp(dialect, { wrapDb: recordingInto(queries) });
    w = await buildDeliveryWorld(t);
  });
  afterAll(() => t.close());

  it("reads the engagement once, and on PostgreSQL locks it once, then tells the provider", async () => {
    const submission = bodyOf<{ id: string }>(await submit(w), 201);
    queries.length = 0;
    bodyOf(await evaluate(w, submission.id, ONE_UNMET));
    const engagementReads = queries.filter((q) => /\bfrom "engagements"/.test(q.sql));
    expect(engagementReads.map((q) => q.sql)).toEqual([
      expect.stringMatching(/^select "e"\.\*, /),
      ...(dialect === "postgres"
        ? [
            'select "status", "title", "client_org_id", "provider_org_id" from "engagements" where "id" = $1 for no key update',
          ]
        : []),
    ]);
    const told = await t.handle.db
      .selectFrom("notifications")
      .select("user_id")
      .where("type", "=", "deliverable.evaluated")
      .execute();
    expect(told.map((row) => row.user_id)).toEqual([w.provider.userId]);
  });

  it("reads its reply before the first event, so health's locks are not held for it", async () => {
    const submission = bodyOf<{ id: string }>(await submit(w), 201);
    queries.length = 0;
    const reply = bodyOf<{ status: string; verdicts: unknown[] }>(
      await evaluate(w, submission.id, ONE_UNMET),
    );
    expect(reply).toMatchObject({ status: "changes_requested" });
    expect(reply.verdicts).toHaveLength(2);
    const at = (pattern: RegExp) => queries.findIndex((q) => pattern.test(q.sql));
    const firstEvent = at(/^(insert into|with "event_row" as \(insert into) "engagement_events"/);
    const healthRead = at(/^select \(select "data" from "health_cohort"/);
    expect(firstEvent).toBeGreaterThan(0);
    expect(healthRead).toBeGreaterThan(firstEvent);
    for (const read of [
      /from "stored_files"/,
      /from "criterion_verdicts"/,
      /from "feedback_notes"/,
    ]) {
      expect(at(read)).toBeGreaterThan(0);
      expect(at(read)).toBeLessThan(firstEvent);
    }
  });
});

/**
 * On PostgreSQL health's reaction writes last before a message's commit, with both
 * organisations' sums locked since its read: the commit goes right behind the write.
 */
describe("a message's commit on postgres", () => {
  let t: TestApp;
  let w: AcceptedEngagement;
  beforeAll(async () => {
    t = await buildTestApp("postgres");
    w = await buildAcceptedEngagement(t);
  });
  afterAll(() => t.close());

  it("is sent behind health's write without waiting for its answer", async () => {
    await postMessage(t, w.client, w.engagement.id, "First");
    const { sent } = await recordingUnanswered(() =>
      postMessage(t, w.provider, w.engagement.id, "Second"),
    );
    const texts = sent.map(({ text }) => text.slice(0, 60));
    const commit = texts.lastIndexOf("commit");
    expect(texts[commit - 1]).toMatch(/^with "engagement_row" as \(update "engagement_health"/);
    expect(sent[commit]?.unanswered).toBeGreaterThanOrEqual(1);
    const stored = await t.handle.db
      .selectFrom("engagement_health")
      .select("event_seq")
      .where("engagement_id", "=", w.engagement.id)
      .executeTakeFirstOrThrow();
    const [last] = await t.handle.db
      .selectFrom("engagement_events")
      .select("seq")
      .where("engagement_id", "=", w.engagement.id)
      .orderBy("seq", "desc")
      .limit(1)
      .execute();
    expect(Number(stored.event_seq)).toBe(Number(last?.seq));
  });
});

/**
 * The read before a message is screened says whether the sender's organisation was reviewed by
 * the recipient's in a published round (the screening's context link), in the same statement
 * as the engagement: only in that direction does a threat read as retaliation.
 */
describe.each(DIALECTS)("a message's review context on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    w = await buildReviewWorld(t);
  });
  afterAll(() => t.close());

  const threaten = async (as: DeliveryWorld["client"]) =>
    expectError(
      await as.client.post(w.url("/messages"), {
        thread: "engagement",
        body: "We will see you in court.",
      }),
      422,
      "screening_nudge",
    );

  it("reads a threat as retaliation only from the side the other side reviewed, once published", async () => {
    const kindOf = async (as: DeliveryWorld["client"]) =>
      (await threaten(as)).message.includes("legal threat") ? "legal_threat" : "retaliation";
    expect(await kindOf(w.provider)).toBe("legal_threat");
    // The client reviews the provider; the round is published when its window closes.
    bodyOf(await writeReview(w, w.client), 201);
    expect(await kindOf(w.provider)).toBe("legal_threat");
    t.clock.advance(15 * DAY_MS);
    expect(await publishDueReviewRounds(t.deps)).toBe(1);
    expect(await kindOf(w.provider)).toBe("retaliation");
    // The provider did not review the client: the client's threat is a legal threat still.
    expect(await kindOf(w.client)).toBe("legal_threat");
  });
});
