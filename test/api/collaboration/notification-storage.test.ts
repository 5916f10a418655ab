import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UNREAD_COUNT_CAP } from "../../../src/contracts/notifications";
import { insertOrgNotifications } from "../../../src/server/modules/notifications/notifications.repository";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../../support/test-app";
import {
  addMember,
  buildAcceptedEngagement,
  createOrg,
  type AcceptedEngagement,
} from "../api-fixtures";
import { joinAs } from "../proposals-agreements/proposal-fixtures";
import { bodyOf, postMessage } from "./collaboration-fixtures";

interface NotificationListBody {
  notifications: { id: string; eventId: string; readAt: string | null; createdAt: string }[];
  unreadCount: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * In-app notifications are stored once per event and organisation told; who sees them is read
 * from the memberships, and a person's read state is stored only once they act.
 */
describe.each(DIALECTS)("notifications stored once per event on %s", (dialect) => {
  let t: TestApp;
  let w: AcceptedEngagement;
  let carl: Person;
  let pia: Person;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildAcceptedEngagement(t, { title: "Ceramics shop" });
    carl = await joinAs(t, w.client, w.clientOrg, "Carl", "member");
    pia = await joinAs(t, w.provider, w.providerOrg, "Pia", "viewer");
  });
  afterEach(async () => {
    await t.close();
  });

  const listOf = async (person: Person) =>
    bodyOf<NotificationListBody>(await person.client.get("/api/v1/notifications"));
  const markRead = async (person: Person, body: { ids: string[] } | { all: true }) =>
    bodyOf<{ unreadCount: number }>(await person.client.post("/api/v1/notifications/read", body));
  const storedFor = async (eventId: string) =>
    (
      await t.deps.db
        .selectFrom("org_notifications")
        .select("org_id")
        .where("event_id", "=", eventId)
        .orderBy("org_id")
        .execute()
    ).map((row) => row.org_id);

  it("stores a message's notification once for each side, whoever is in it", async () => {
    await postMessage(t, w.client, w.engagement.id, "Hello both");
    const [told] = (await listOf(pia)).notifications;
    expect(await storedFor(told!.eventId)).toEqual([w.clientOrg.id, w.providerOrg.id].sort());
    const people = await t.deps.db
      .selectFrom("notifications")
      .select("user_id")
      .where("event_id", "=", told!.eventId)
      .execute();
    expect(people.map((p) => p.user_id).sort()).toEqual(
      [w.provider.userId, carl.userId, pia.userId].sort(),
    );
  });

  it("shows a member of another organisation nothing, and their marks change nobody's", async () => {
    const olga = await signUpPerson(t.app, "Olga");
    await createOrg(olga, "client");
    await postMessage(t, w.client, w.engagement.id, "Only for this engagement");
    expect(await listOf(olga)).toEqual({ notifications: [], unreadCount: 0, nextCursor: null });
    const [pedros] = (await listOf(w.provider)).notifications;
    expect(await markRead(olga, { ids: [pedros!.id] })).toEqual({ unreadCount: 0 });
    expect(await markRead(olga, { all: true })).toEqual({ unreadCount: 0 });
    expect((await listOf(w.provider)).unreadCount).toBe(1);
    expect(await t.deps.db.selectFrom("notification_reads").selectAll().execute()).toEqual([]);
    expect(await t.deps.db.selectFrom("notification_read_marks").selectAll().execute()).toEqual([]);
  });

  it("keeps read state per person, only for those who act, each reading at its first time", async () => {
    for (const text of ["one", "two", "three"]) {
      await postMessage(t, w.client, w.engagement.id, text);
    }
    const [three, two, one] = (await listOf(w.provider)).notifications;
    const readTwoAt = t.clock.now().toISOString();
    expect(await markRead(w.provider, { ids: [two!.id] })).toEqual({ unreadCount: 2 });
    t.clock.advance(60_000);
    const readAllAt = t.clock.now().toISOString();
    expect(await markRead(w.provider, { all: true })).toEqual({ unreadCount: 0 });
    expect((await listOf(w.provider)).notifications.map((n) => [n.id, n.readAt])).toEqual([
      [three!.id, readAllAt],
      [two!.id, readTwoAt],
      [one!.id, readAllAt],
    ]);

    // A newer one is unread; marking all again leaves the earlier times as they were.
    await postMessage(t, w.client, w.engagement.id, "four");
    expect((await listOf(w.provider)).unreadCount).toBe(1);
    t.clock.advance(60_000);
    const secondAllAt = t.clock.now().toISOString();
    expect(await markRead(w.provider, { all: true })).toEqual({ unreadCount: 0 });
    expect((await listOf(w.provider)).notifications.map((n) => n.readAt)).toEqual([
      secondAllAt,
      readAllAt,
      readTwoAt,
      readAllAt,
    ]);
    expect(await markRead(w.provider, { all: true })).toEqual({ unreadCount: 0 });

    // Nobody else's state moved, and nothing is stored for those who did nothing.
    expect((await listOf(carl)).unreadCount).toBe(4);
    expect((await listOf(pia)).unreadCount).toBe(4);
    const reads = await t.deps.db.selectFrom("notification_reads").select("user_id").execute();
    const marks = await t.deps.db.selectFrom("notification_read_marks").select("user_id").execute();
    expect(reads.map((r) => r.user_id)).toEqual([w.provider.userId]);
    expect(marks.map((m) => m.user_id)).toEqual([w.provider.userId, w.provider.userId]);
  });

  it("shows a later member only what happened once they joined", async () => {
    await postMessage(t, w.client, w.engagement.id, "Before Nina");
    t.clock.advance(1);
    const nina = await joinAs(t, w.provider, w.providerOrg, "Nina", "member");
    expect(await listOf(nina)).toMatchObject({ notifications: [], unreadCount: 0 });
    await postMessage(t, w.client, w.engagement.id, "After Nina");
    const list = await listOf(nina);
    expect(list.unreadCount).toBe(1);
    expect(list.notifications).toHaveLength(1);
    expect((await listOf(pia)).unreadCount).toBe(2);
  });

  it("tells someone in both organisations once", async () => {
    // Carl's first invitation may carry this same instant: the mailbox's newest must be this one.
    t.clock.advance(1);
    await addMember(t, w.provider, w.providerOrg, carl, "member");
    await postMessage(t, w.client, w.engagement.id, "Hello both sides");
    const list = await listOf(carl);
    expect(list.unreadCount).toBe(1);
    expect(list.notifications).toHaveLength(1);
    expect(await markRead(carl, { ids: [list.notifications[0]!.id] })).toEqual({ unreadCount: 0 });
  });

  it("shows members what a clock set back wrote before they joined by it, but not a later member", async () => {
    // As the demo seeds: people join now, then events are written on back-dated clocks.
    const now = t.clock.now();
    t.clock.set(new Date(now.getTime() - 10 * DAY_MS));
    await postMessage(t, w.client, w.engagement.id, "Ten days ago");
    t.clock.set(new Date(now.getTime() + DAY_MS));
    const nina = await joinAs(t, w.provider, w.providerOrg, "Nina", "member");
    expect((await listOf(w.provider)).unreadCount).toBe(1);
    expect((await listOf(carl)).unreadCount).toBe(1);
    expect((await listOf(nina)).unreadCount).toBe(0);
  });

  it("counts unread up to the cap, which means that many or more, and marks all read at once", async () => {
    for (let n = 0; n <= UNREAD_COUNT_CAP + 4; n++) {
      t.clock.advance(1);
      await insertOrgNotifications(t.deps.db, {
        eventId: `event-${String(n).padStart(3, "0")}`,
        orgIds: [w.providerOrg.id],
        engagementId: w.engagement.id,
        type: "message.posted",
        payload: JSON.stringify({
          messageId: t.deps.ids.newId(),
          threadKind: "engagement",
          threadId: w.engagement.id,
        }),
        actorUserId: w.client.userId,
        createdAt: t.clock.now().toISOString(),
      });
    }
    const list = await listOf(pia);
    expect(list.unreadCount).toBe(UNREAD_COUNT_CAP);
    expect(list.notifications[0]?.eventId).toBe(`event-${UNREAD_COUNT_CAP + 4}`);
    expect(await markRead(pia, { ids: [list.notifications[0]!.id] })).toEqual({
      unreadCount: UNREAD_COUNT_CAP,
    });
    expect(await markRead(pia, { all: true })).toEqual({ unreadCount: 0 });
    expect((await listOf(w.provider)).unreadCount).toBe(UNREAD_COUNT_CAP);
  });
});
