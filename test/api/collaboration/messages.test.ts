import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import {
  buildAcceptedEngagement,
  createOrg,
  expectError,
  startEngagement,
  type AcceptedEngagement,
  type LedgerEventBody,
} from "../api-fixtures";
import { buildAgreementWorld, joinAs } from "../proposals-agreements/proposal-fixtures";
import { signUpPerson } from "../../support/test-app";
import {
  bodyOf,
  listThread,
  postMessage,
  SECOND,
  type MessageBody,
} from "./collaboration-fixtures";

describe.each(DIALECTS)("messages on %s", (dialect) => {
  let t: TestApp;
  let w: AcceptedEngagement;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildAcceptedEngagement(t);
  });
  afterEach(async () => {
    await t.close();
  });

  const url = (path = "") => `/api/v1/engagements/${w.engagement.id}${path}`;
  const markRead = (as: typeof w.client, upTo: string, thread = "engagement") =>
    as.client.post(url("/messages/read"), { thread, upTo });

  it("both sides write in the engagement's thread and each sees when the other read it", async () => {
    const question = await postMessage(t, w.client, w.engagement.id, "Can we move the demo?");
    expect(question).toMatchObject({
      thread: "engagement",
      author: { userId: w.client.userId, name: "Clara", side: "client" },
      isMine: true,
      otherSideReadAt: null,
      readBy: [],
    });

    const seenByProvider = await listThread(w.provider, w.engagement.id);
    expect(seenByProvider).toMatchObject([
      { id: question.id, body: "Can we move the demo?", isMine: false, isReadByMe: false },
    ]);
    t.clock.advance(60 * SECOND);
    const readAt = t.clock.now().toISOString();
    expect(bodyOf(await markRead(w.provider, question.id))).toEqual({ marked: 1, unreadCount: 0 });

    const answer = await postMessage(t, w.provider, w.engagement.id, "Yes, Thursday works.");
    const [asked, answered] = await listThread(w.client, w.engagement.id);
    expect(asked).toMatchObject({
      id: question.id,
      otherSideReadAt: readAt,
      readBy: [{ userId: w.provider.userId, name: "Pedro", side: "provider", readAt }],
    });
    expect(answered).toMatchObject({ id: answer.id, otherSideReadAt: null, isReadByMe: false });

    bodyOf(await markRead(w.client, answer.id));
    const [, answerAfter] = await listThread(w.provider, w.engagement.id);
    expect(answerAfter?.otherSideReadAt).not.toBeNull();
  });

  it("keeps the first reading: marking read again, or one's own messages, writes nothing", async () => {
    const first = await postMessage(t, w.client, w.engagement.id, "One");
    const second = await postMessage(t, w.client, w.engagement.id, "Two");
    expect(bodyOf(await markRead(w.provider, first.id))).toEqual({ marked: 1, unreadCount: 1 });
    const firstReadAt = (await listThread(w.client, w.engagement.id))[0]?.otherSideReadAt;
    t.clock.advance(3600 * SECOND);
    expect(bodyOf(await markRead(w.provider, second.id))).toEqual({ marked: 1, unreadCount: 0 });
    expect(bodyOf(await markRead(w.provider, second.id))).toEqual({ marked: 0, unreadCount: 0 });
    expect((await listThread(w.client, w.engagement.id))[0]?.otherSideReadAt).toBe(firstReadAt);

    // Clara's own messages need no receipt of hers.
    expect(bodyOf(await markRead(w.client, second.id))).toEqual({ marked: 0, unreadCount: 0 });
  });

  it("counts a colleague's reading apart from the other side's", async () => {
    const colleague = await joinAs(t, w.client, w.clientOrg, "Carl", "member");
    const message = await postMessage(t, w.client, w.engagement.id, "Draft for review");
    bodyOf(await markRead(colleague, message.id));
    const [seen] = await listThread(w.client, w.engagement.id);
    expect(seen).toMatchObject({
      otherSideReadAt: null,
      readBy: [{ userId: colleague.userId, side: "client" }],
    });
  });

  it("lists the threads with my unread counts, the engagement's own even before anyone wrote", async () => {
    const empty = bodyOf<{ threads: unknown[] }>(await w.client.client.get(url("/threads")));
    expect(empty.threads).toEqual([
      {
        thread: "engagement",
        kind: "engagement",
        subjectId: "",
        messageCount: 0,
        lastMessageAt: null,
        unreadCount: 0,
      },
    ]);
    await postMessage(t, w.client, w.engagement.id, "One");
    const last = await postMessage(t, w.client, w.engagement.id, "Two");
    const forProvider = bodyOf<{ threads: unknown[] }>(
      await w.provider.client.get(url("/threads")),
    );
    expect(forProvider.threads).toEqual([
      expect.objectContaining({
        thread: "engagement",
        messageCount: 2,
        lastMessageAt: last.createdAt,
        unreadCount: 2,
      }),
    ]);
    const forClient = bodyOf<{ threads: unknown[] }>(await w.client.client.get(url("/threads")));
    expect(forClient.threads).toEqual([expect.objectContaining({ unreadCount: 0 })]);
  });

  it("pages back through a long thread, oldest first on each page", async () => {
    const posted: MessageBody[] = [];
    for (const text of ["a", "b", "c", "d", "e"]) {
      posted.push(await postMessage(t, w.client, w.engagement.id, text));
    }
    const page1 = bodyOf<{ messages: MessageBody[]; nextCursor: string | null }>(
      await w.provider.client.get(url("/messages?thread=engagement&limit=2")),
    );
    expect(page1.messages.map((m) => m.body)).toEqual(["d", "e"]);
    const page2 = bodyOf<{ messages: MessageBody[]; nextCursor: string | null }>(
      await w.provider.client.get(url(`/messages?limit=2&before=${page1.nextCursor}`)),
    );
    expect(page2.messages.map((m) => m.body)).toEqual(["b", "c"]);
    const page3 = bodyOf<{ messages: MessageBody[]; nextCursor: string | null }>(
      await w.provider.client.get(url(`/messages?limit=2&before=${page2.nextCursor}`)),
    );
    expect(page3).toMatchObject({ messages: [{ body: "a" }], nextCursor: null });
    expectError(
      await w.provider.client.get(url("/messages?before=nonsense")),
      400,
      "validation_failed",
    );
  });

  it("records in the ledger that a message was posted, without its text", async () => {
    const message = await postMessage(t, w.provider, w.engagement.id, "Confidential numbers");
    const events = bodyOf<{ events: LedgerEventBody[] }>(
      await w.client.client.get(url("/events")),
    ).events;
    const posted = events.filter((e) => e.type === "message.posted");
    expect(posted.map((e) => e.payload)).toEqual([
      { messageId: message.id, threadKind: "engagement", threadId: "" },
    ]);
    expect(JSON.stringify(events)).not.toContain("Confidential numbers");
  });

  it("refuses empty and overlong messages, and threads that name nothing of the engagement", async () => {
    const post = (body: unknown) => w.client.client.post(url("/messages"), body);
    expectError(await post({ thread: "engagement", body: "   " }), 400, "validation_failed");
    expectError(
      await post({ thread: "engagement", body: "x".repeat(10_001) }),
      400,
      "validation_failed",
    );
    bodyOf(await post({ thread: "engagement", body: "x".repeat(10_000) }), 201);
    for (const thread of ["deliverable:d1", "change_request:nope", "invoice:1"]) {
      const error = expectError(await post({ thread, body: "Hi" }), 400, "validation_failed");
      expect(error.fields?.[0]?.path).toBe("thread");
    }
  });

  it("lets a viewer follow and mark read but not write; outsiders see nothing", async () => {
    const viewer = await joinAs(t, w.provider, w.providerOrg, "Vera", "viewer");
    const message = await postMessage(t, w.client, w.engagement.id, "Status?");
    expect(await listThread(viewer, w.engagement.id)).toHaveLength(1);
    expectError(
      await viewer.client.post(url("/messages"), { thread: "engagement", body: "Hi" }),
      403,
      "forbidden",
    );
    // A viewer's reading is still their side having read it.
    bodyOf(await markRead(viewer, message.id));
    expect((await listThread(w.client, w.engagement.id))[0]?.otherSideReadAt).not.toBeNull();

    const outsider = await signUpPerson(t.app, "Olga");
    await createOrg(outsider, "provider");
    for (const response of [
      await outsider.client.get(url("/messages")),
      await outsider.client.get(url("/threads")),
      await outsider.client.get(url("/responsiveness")),
      await outsider.client.post(url("/messages"), { thread: "engagement", body: "Hi" }),
      await markRead(outsider, message.id),
    ]) {
      expectError(response, 404, "not_found");
      expect(response.body).not.toContain(w.engagement.title);
    }
  });

  it("refuses a receipt for a message of another thread or engagement", async () => {
    const other = await buildAcceptedEngagement(t);
    const elsewhere = await postMessage(t, other.client, other.engagement.id, "Elsewhere");
    const error = expectError(await markRead(w.provider, elsewhere.id), 400, "validation_failed");
    expect(error.fields?.[0]?.path).toBe("upTo");
  });

  it("waits for the other side to join before anyone can write", async () => {
    const clara = await signUpPerson(t.app, "Clara");
    const org = await createOrg(clara, "client");
    const pending = await startEngagement(clara, org, "someone@example.test");
    expectError(
      await clara.client.post(`/api/v1/engagements/${pending.id}/messages`, {
        thread: "engagement",
        body: "Anyone?",
      }),
      409,
      "engagement_not_active",
    );
  });
});

describe.each(DIALECTS)("deliverable threads and responsiveness on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it("keeps a deliverable's thread apart from the engagement's", async () => {
    const w = await buildAgreementWorld(t);
    await postMessage(t, w.client, w.engagementId, "About the shop", "deliverable:d1");
    await postMessage(t, w.provider, w.engagementId, "General note");
    expect(await listThread(w.provider, w.engagementId, "deliverable:d1")).toMatchObject([
      { body: "About the shop", thread: "deliverable:d1" },
    ]);
    expect(await listThread(w.provider, w.engagementId)).toMatchObject([{ body: "General note" }]);
    const threads = bodyOf<{ threads: { thread: string; subjectId: string }[] }>(
      await w.client.client.get(`/api/v1/engagements/${w.engagementId}/threads`),
    ).threads;
    expect(threads.map((x) => [x.thread, x.subjectId]).sort()).toEqual([
      ["deliverable:d1", "d1"],
      ["engagement", ""],
    ]);
  });

  it("measures both sides against the response times of the agreement in force", async () => {
    const w = await buildAgreementWorld(t);
    const responsiveness = async () =>
      bodyOf<{
        agreed: { clientHours: number; providerHours: number } | null;
        client: Record<string, unknown>;
        provider: Record<string, unknown>;
      }>(await w.client.client.get(`/api/v1/engagements/${w.engagementId}/responsiveness`));

    // Before signing, times are measured but judged against nothing.
    const HOUR = 3600 * SECOND;
    await postMessage(t, w.client, w.engagementId, "Question 1");
    t.clock.advance(30 * HOUR);
    await postMessage(t, w.provider, w.engagementId, "Answer 1");
    expect(await responsiveness()).toMatchObject({
      agreed: null,
      provider: { answered: 1, worstHours: 30, withinAgreedShare: null },
    });

    const draftUrl = `/api/v1/engagements/${w.engagementId}/agreement`;
    const draft = bodyOf<{ terms: Record<string, unknown>; contentHash: string }>(
      await w.client.client.get(`${draftUrl}/versions/1`),
    );
    const edited = bodyOf<{ contentHash: string }>(
      await w.client.client.request("PUT", `${draftUrl}/draft`, {
        terms: { ...draft.terms, responseTimes: { clientHours: 48, providerHours: 24 } },
        baseHash: draft.contentHash,
      }),
    );
    for (const signer of [w.client, w.provider]) {
      bodyOf(
        await signer.client.post(`${draftUrl}/versions/1/sign`, {
          contentHash: edited.contentHash,
        }),
      );
    }

    t.clock.advance(2 * HOUR);
    await postMessage(t, w.client, w.engagementId, "Question 2");
    t.clock.advance(4 * HOUR);
    await postMessage(t, w.provider, w.engagementId, "Answer 2");
    t.clock.advance(72 * HOUR); // the provider's answer waits for the client, past 48 hours

    const measured = await responsiveness();
    expect(measured.agreed).toEqual({ clientHours: 48, providerHours: 24 });
    expect(measured.provider).toMatchObject({
      agreedHours: 24,
      answered: 2,
      worstHours: 30,
      withinAgreedShare: 0.5,
      awaiting: 0,
    });
    expect(measured.client).toMatchObject({
      agreedHours: 48,
      // Between Answer 1 and Question 2 the client took the 2 hours of signing.
      answered: 1,
      awaiting: 1,
      overdue: 1,
    });
  });
});
