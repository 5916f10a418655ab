import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import {
  buildAcceptedEngagement,
  createToken,
  expectError,
  withBearer,
  type AcceptedEngagement,
} from "../api-fixtures";
import { joinAs } from "../proposals-agreements/proposal-fixtures";
import { bodyOf, mailTo, postMessage } from "./collaboration-fixtures";

interface NotificationBody {
  id: string;
  type: string;
  eventId: string;
  engagementId: string | null;
  engagementTitle: string | null;
  actorName: string | null;
  payload: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}
interface NotificationListBody {
  notifications: NotificationBody[];
  unreadCount: number;
  nextCursor: string | null;
}
interface PreferencesBody {
  preferences: { type: string; isEmailEnabled: boolean }[];
}

describe.each(DIALECTS)("notifications on %s", (dialect) => {
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

  const notificationsOf = async (person: Person, query = "") =>
    bodyOf<NotificationListBody>(await person.client.get(`/api/v1/notifications${query}`));

  it("tells everyone else on both sides, in the app and by e-mail, with a link", async () => {
    const message = await postMessage(t, w.client, w.engagement.id, "Shall we start Monday?");

    for (const person of [w.provider, carl, pia]) {
      const list = await notificationsOf(person);
      expect(list.unreadCount).toBe(1);
      expect(list.notifications).toEqual([
        {
          id: expect.any(String) as string,
          type: "message.posted",
          eventId: expect.any(String) as string,
          engagementId: w.engagement.id,
          engagementTitle: "Ceramics shop",
          actorName: "Clara",
          payload: { messageId: message.id, threadKind: "engagement", threadId: "" },
          createdAt: message.createdAt,
          readAt: null,
        },
      ]);
      const mails = (await mailTo(t, person.email)).filter((m) => m.subject.includes("wrote"));
      expect(mails).toHaveLength(1);
      expect(mails[0]?.subject).toBe("Clara wrote in “Ceramics shop”");
      expect(mails[0]?.text_body).toContain(`Hello ${person.name},`);
      expect(mails[0]?.text_body).toContain("“Shall we start Monday?”");
      expect(mails[0]?.text_body).toContain(`http://accord.test/engagements/${w.engagement.id}`);
    }
    // Not the author.
    expect((await notificationsOf(w.client)).notifications).toEqual([]);
    expect((await mailTo(t, w.client.email)).filter((m) => m.subject.includes("wrote"))).toEqual(
      [],
    );
  });

  it("sends no e-mail of a type the person turned off, but still notifies in the app", async () => {
    const defaults = bodyOf<PreferencesBody>(
      await w.provider.client.get("/api/v1/me/notification-preferences"),
    );
    expect(defaults.preferences).toContainEqual({ type: "message.posted", isEmailEnabled: true });
    expect(defaults.preferences.every((p) => p.isEmailEnabled)).toBe(true);

    const updated = bodyOf<PreferencesBody>(
      await w.provider.client.request("PUT", "/api/v1/me/notification-preferences", {
        "message.posted": false,
      }),
    );
    expect(updated.preferences).toContainEqual({ type: "message.posted", isEmailEnabled: false });
    expect(updated.preferences).toContainEqual({
      type: "deliverable.submitted",
      isEmailEnabled: true,
    });

    await postMessage(t, w.client, w.engagement.id, "Ping");
    expect((await notificationsOf(w.provider)).unreadCount).toBe(1);
    expect((await mailTo(t, w.provider.email)).filter((m) => m.subject.includes("wrote"))).toEqual(
      [],
    );
    expect((await mailTo(t, carl.email)).filter((m) => m.subject.includes("wrote"))).toHaveLength(
      1,
    );

    // Switched back on, the stored exception disappears and e-mail resumes.
    bodyOf(
      await w.provider.client.request("PUT", "/api/v1/me/notification-preferences", {
        "message.posted": true,
      }),
    );
    const stored = await t.deps.db
      .selectFrom("notification_preferences")
      .selectAll()
      .where("user_id", "=", w.provider.userId)
      .execute();
    expect(stored).toEqual([]);
    await postMessage(t, w.client, w.engagement.id, "Ping again");
    expect(
      (await mailTo(t, w.provider.email)).filter((m) => m.subject.includes("wrote")),
    ).toHaveLength(1);
  });

  it("refuses preferences for types that are not notified, naming each", async () => {
    const refused = expectError(
      await w.provider.client.request("PUT", "/api/v1/me/notification-preferences", {
        "agreement.draft_edited": false,
        "health.warning_raised": false,
        "message.posted": false,
      }),
      400,
      "validation_failed",
    );
    // Each type at its own path (they were one entry at "", naming no field).
    expect(refused.fields?.filter((f) => f.code === "unknown_field")).toEqual([
      {
        path: "agreement.draft_edited",
        code: "unknown_field",
        message: "This field is not expected here.",
      },
      {
        path: "health.warning_raised",
        code: "unknown_field",
        message: "This field is not expected here.",
      },
    ]);
  });

  it("pages newest first and marks read by id or all at once", async () => {
    for (const text of ["one", "two", "three"]) {
      await postMessage(t, w.client, w.engagement.id, text);
    }
    const page1 = await notificationsOf(w.provider, "?limit=2");
    expect(page1.notifications).toHaveLength(2);
    expect(page1.unreadCount).toBe(3);
    const page2 = await notificationsOf(w.provider, `?limit=2&before=${page1.nextCursor}`);
    expect(page2).toMatchObject({ nextCursor: null });
    expect(page2.notifications).toHaveLength(1);
    const all = [...page1.notifications, ...page2.notifications];
    expect(all.map((n) => n.createdAt)).toEqual(
      all
        .map((n) => n.createdAt)
        .sort()
        .reverse(),
    );

    const newest = all[0]!;
    expect(
      bodyOf(await w.provider.client.post("/api/v1/notifications/read", { ids: [newest.id] })),
    ).toEqual({ unreadCount: 2 });
    // Someone else's notification ids change nothing for them.
    bodyOf(await carl.client.post("/api/v1/notifications/read", { ids: [newest.id] }));
    expect((await notificationsOf(carl)).unreadCount).toBe(3);

    expect(
      bodyOf(await w.provider.client.post("/api/v1/notifications/read", { all: true })),
    ).toEqual({ unreadCount: 0 });
    const after = await notificationsOf(w.provider);
    expect(after.notifications.every((n) => n.readAt !== null)).toBe(true);
    // Neither, or both: one refusal at `ids` that says what to send (it said "not valid").
    for (const body of [{}, { all: true, ids: [newest.id] }]) {
      const refused = expectError(
        await w.provider.client.post("/api/v1/notifications/read", body),
        400,
        "validation_failed",
      );
      expect(refused.fields).toEqual([
        {
          path: "ids",
          code: "ids_or_all",
          message: "Send either the ids of the notifications to mark read, or all: true.",
        },
      ]);
    }
  });

  it("stops showing an engagement's notifications to someone who left its organisation", async () => {
    await postMessage(t, w.client, w.engagement.id, "Before Carl leaves");
    expect((await notificationsOf(carl)).unreadCount).toBe(1);
    const removed = await w.client.client.delete(
      `/api/v1/orgs/${w.clientOrg.id}/members/${carl.userId}`,
    );
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await notificationsOf(carl)).toMatchObject({ notifications: [], unreadCount: 0 });
  });

  it("are each person's own: an API token does not reach them", async () => {
    const token = await createToken(w.provider, w.providerOrg.id, ["engagements:read"]);
    expectError(
      await withBearer(t.app, token.token, "GET", "/api/v1/notifications"),
      403,
      "token_scope_missing",
    );
  });
});
