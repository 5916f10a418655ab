import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appendEvent } from "../../../src/server/modules/ledger/append-event";
import { sendGatheredNotificationMail } from "../../../src/server/modules/notifications/send-gathered-mail";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { buildAcceptedEngagement, type AcceptedEngagement } from "../api-fixtures";
import { joinAs } from "../proposals-agreements/proposal-fixtures";
import { bodyOf, mailTo, postMessage, SECOND } from "./collaboration-fixtures";

const WINDOW_MS = 5 * 60_000;

/**
 * With a window, the first event after a quiet spell is mailed at once; what follows within
 * the window is gathered: each person gets one e-mail for the rest of the burst once the
 * window has passed.
 */
describe.each(DIALECTS)("notification e-mail gathered over a window on %s", (dialect) => {
  let t: TestApp;
  let w: AcceptedEngagement;
  let carl: Person;
  beforeEach(async () => {
    t = await buildTestApp(dialect, { notificationMailWindowMs: WINDOW_MS });
    w = await buildAcceptedEngagement(t, { title: "Ceramics shop" });
    carl = await joinAs(t, w.client, w.clientOrg, "Carl", "member");
  });
  afterEach(async () => {
    await t.close();
  });

  // Messages' notices, not the invitation that started the engagement.
  const notices = async (person: Person) =>
    (await mailTo(t, person.email)).filter((m) =>
      /(wrote|updates) in “Ceramics shop”/.test(m.subject),
    );
  const headHash = async () =>
    (
      await t.deps.db
        .selectFrom("engagement_events")
        .select("hash")
        .where("engagement_id", "=", w.engagement.id)
        .orderBy("seq", "desc")
        .limit(1)
        .executeTakeFirstOrThrow()
    ).hash;

  it("mails the first message at once and the rest of the burst in one e-mail when the window ends", async () => {
    await postMessage(t, w.client, w.engagement.id, "Shall we start Monday?");
    const [first, ...none] = await notices(w.provider);
    expect(none).toEqual([]);
    expect(first?.subject).toBe("Clara wrote in “Ceramics shop”");
    expect(first?.text_body).toContain("“Shall we start Monday?”");

    await postMessage(t, w.client, w.engagement.id, "Or Tuesday?");
    await postMessage(t, w.client, w.engagement.id, "Either works for us.");
    // In the app at once; by e-mail not yet.
    const inApp = bodyOf<{ unreadCount: number }>(
      await w.provider.client.get("/api/v1/notifications"),
    );
    expect(inApp.unreadCount).toBe(3);
    expect(await sendGatheredNotificationMail(t.deps)).toBe(0);
    expect(await notices(w.provider)).toHaveLength(1);

    t.clock.advance(WINDOW_MS);
    expect(await sendGatheredNotificationMail(t.deps)).toBe(2);
    expect(await sendGatheredNotificationMail(t.deps)).toBe(0);
    const [, mail, ...more] = await notices(w.provider);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe("2 updates in “Ceramics shop”");
    expect(mail?.text_body).toContain("Hello Pedro,");
    expect(mail?.text_body).toContain(
      "- Clara wrote in “Ceramics shop”\n  “Or Tuesday?”\n" +
        "- Clara wrote in “Ceramics shop”\n  “Either works for us.”",
    );
    expect(mail?.text_body).not.toContain("Shall we start Monday?");
    expect(mail?.text_body).toContain(`http://accord.test/engagements/${w.engagement.id}`);
    expect(mail?.text_body).toContain(`Ledger head: ${await headHash()}.`);
    expect(await notices(carl)).toHaveLength(2);
    expect(await notices(w.client)).toEqual([]);
  });

  it("tells each person only what others did, of the types they get, since they joined", async () => {
    await postMessage(t, w.client, w.engagement.id, "Draft is ready.");
    await postMessage(t, w.provider, w.engagement.id, "Thanks, reading it now.");
    await postMessage(t, w.provider, w.engagement.id, "Starting on the notes.");
    t.clock.advance(SECOND);
    const pia = await joinAs(t, w.provider, w.providerOrg, "Pia", "member");
    bodyOf(
      await carl.client.request("PUT", "/api/v1/me/notification-preferences", {
        "message.posted": false,
      }),
    );
    await postMessage(t, w.provider, w.engagement.id, "Two remarks on page 3.");
    t.clock.advance(WINDOW_MS);
    await sendGatheredNotificationMail(t.deps);

    // The first event was mailed at once; Pedro did everything after it himself.
    const [toPedro, ...morePedro] = await notices(w.provider);
    expect(morePedro).toEqual([]);
    expect(toPedro?.subject).toBe("Clara wrote in “Ceramics shop”");
    expect(toPedro?.text_body).toContain("“Draft is ready.”");
    const [toClara, ...moreClara] = await notices(w.client);
    expect(moreClara).toEqual([]);
    expect(toClara?.subject).toBe("3 updates in “Ceramics shop”");
    expect(toClara?.text_body).not.toContain("Draft is ready.");
    // Pia joined after the first two messages: only the third.
    const [toPia, ...morePia] = await notices(pia);
    expect(morePia).toEqual([]);
    expect(toPia?.subject).toBe("Pedro wrote in “Ceramics shop”");
    expect(toPia?.text_body).toContain("“Two remarks on page 3.”");
    // Carl turned message e-mails off after the first.
    const [toCarl, ...moreCarl] = await notices(carl);
    expect(moreCarl).toEqual([]);
    expect(toCarl?.text_body).toContain("“Draft is ready.”");
  });

  it("keeps a window after a gathered e-mail, mails at once after a quiet one, and several sweepers write once", async () => {
    const told = async () =>
      (await notices(w.provider)).map((m) => /“(\w+)\.”/.exec(m.text_body)?.[1]);
    await postMessage(t, w.client, w.engagement.id, "First.");
    await postMessage(t, w.client, w.engagement.id, "Second.");
    t.clock.advance(WINDOW_MS);
    const sweeps = await Promise.all([
      sendGatheredNotificationMail(t.deps),
      sendGatheredNotificationMail(t.deps),
    ]);
    expect(sweeps.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await told()).toEqual(["First", "Second"]);

    // A new window opened with that e-mail: the next message (a second later) waits for its end.
    await postMessage(t, w.client, w.engagement.id, "Third.");
    expect(await told()).toEqual(["First", "Second"]);
    t.clock.advance(WINDOW_MS - SECOND - 1);
    expect(await sendGatheredNotificationMail(t.deps)).toBe(0);
    t.clock.advance(1);
    expect(await sendGatheredNotificationMail(t.deps)).toBe(2);
    expect(await told()).toEqual(["First", "Second", "Third"]);

    // A window that gathered nothing just closes; the next message goes at once.
    t.clock.advance(WINDOW_MS);
    expect(await sendGatheredNotificationMail(t.deps)).toBe(0);
    await postMessage(t, w.client, w.engagement.id, "Fourth.");
    expect(await told()).toEqual(["First", "Second", "Third", "Fourth"]);
  });

  it("keeps what is due in the database with the event, for whichever process sweeps", async () => {
    await postMessage(t, w.client, w.engagement.id, "Noted.");
    const windowEndsAt = new Date(t.clock.now().getTime() + WINDOW_MS).toISOString();
    const pending = () => t.deps.db.selectFrom("notification_mail_pending").selectAll().execute();
    expect(await pending()).toEqual([
      { engagement_id: w.engagement.id, from_seq: null, due_at: windowEndsAt },
    ]);
    await postMessage(t, w.client, w.engagement.id, "Thanks.");
    expect(await pending()).toEqual([
      {
        engagement_id: w.engagement.id,
        from_seq: expect.anything() as number,
        due_at: windowEndsAt,
      },
    ]);
  });

  it("gathers a check-in's reminder only into the e-mails of the side that has not answered", async () => {
    await postMessage(t, w.provider, w.engagement.id, "Kiln fired.");
    await t.deps.db.transaction().execute((trx) =>
      appendEvent(trx, t.deps, {
        engagementId: w.engagement.id,
        type: "check_in.reminded",
        actorUserId: null,
        actorOrgId: null,
        payload: {
          checkInId: "00000000-0000-4000-8000-00000000c0de",
          period: 1,
          waitingSides: ["client"],
          closesAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(),
        },
      }),
    );
    await postMessage(t, w.client, w.engagement.id, "Lovely.");
    t.clock.advance(WINDOW_MS);
    // The client's side: Carl gets the reminder and Clara's message, Clara the reminder alone;
    // the provider's: Pedro gets Clara's message alone.
    expect(await sendGatheredNotificationMail(t.deps)).toBe(3);
    const newest = async (person: Person) => (await mailTo(t, person.email)).at(-1);
    expect((await newest(carl))?.subject).toBe("2 updates in “Ceramics shop”");
    expect((await newest(carl))?.text_body).toContain(
      "Your side has not answered the check-in on “Ceramics shop” yet",
    );
    expect((await newest(w.client))?.subject).toMatch(
      /^Your side has not answered the check-in on “Ceramics shop” yet/,
    );
    const toPedro = await newest(w.provider);
    expect(toPedro?.subject).toBe("Clara wrote in “Ceramics shop”");
    expect(toPedro?.text_body).not.toContain("check-in");
  });
});
