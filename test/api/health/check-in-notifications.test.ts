import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WaitingItem } from "../../../src/contracts/home";
import { formatInstant } from "../../../src/i18n/format";
import type { Locale } from "../../../src/i18n/locales";
import { translate } from "../../../src/i18n/translate";
import { sweepDueWork } from "../../../src/server/sweeper";
import { DIALECTS } from "../../support/databases";
import { recipientOf, startSmtpPeer } from "../../support/smtp-peer";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../../support/test-app";
import { addMember, createOrg, DAY_MS, PASSWORD } from "../api-fixtures";
import { buildDeliveryWorld, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, joinAs } from "../proposals-agreements/proposal-fixtures";

const SECRET = "Clara's private remark 4c1d";

interface NotificationBody {
  type: string;
  engagementId: string | null;
  payload: Record<string, unknown>;
}

/**
 * A check-in asks both sides, so both are told when it opens (in the app, and by e-mail in each
 * reader's language); the reminder a day before it closes goes only to the side that has not
 * answered, and says nothing of the other side's answer. Until my side answers (or the window
 * closes), the check-in waits for me. Nobody outside the engagement hears of any of it.
 */
describe.each(DIALECTS)("check-in notifications on %s", (dialect) => {
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let t: TestApp;
  let w: DeliveryWorld;
  let francoise: Person;
  let dana: Person;
  let outsider: Person;
  let title: string;
  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await buildTestApp(dialect, { mail: smtp.url });
    w = await buildDeliveryWorld(t);
    francoise = await joinAs(t, w.provider, w.providerOrg, "Françoise", "member", "fr");
    // In both organisations, the client's first: the provider's reminder must still reach her.
    dana = await joinAs(t, w.client, w.clientOrg, "Dana", "member");
    await addMember(t, w.provider, w.providerOrg, dana, "member");
    outsider = await signUpPerson(t.app, "Olga");
    await createOrg(outsider, "client");
    title = (
      await t.deps.db
        .selectFrom("engagements")
        .select("title")
        .where("id", "=", w.engagementId)
        .executeTakeFirstOrThrow()
    ).title;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const answer = (person: Person, comment: string) =>
    person.client.post(w.url("/check-in"), {
      relationshipRating: 3,
      counterpartRating: 2,
      reasons: ["clear_communication", "on_time"],
      comment,
    });
  const waiting = async (person: Person) =>
    bodyOf<{ items: WaitingItem[] }>(await person.client.get("/api/v1/me/waiting")).items.filter(
      (item) => item.kind === "answer_check_in",
    );
  const notified = async (person: Person, type: string) =>
    bodyOf<{ notifications: NotificationBody[] }>(
      await person.client.get("/api/v1/notifications"),
    ).notifications.filter((n) => n.type === type);
  const openCheckIn = async () =>
    t.deps.db
      .selectFrom("check_ins")
      .select(["id", "closes_at"])
      .where("engagement_id", "=", w.engagementId)
      .where("status", "=", "open")
      .executeTakeFirstOrThrow();
  /** The sentence (and subject) of a check-in's e-mail in `locale`. */
  const subjectOf = (locale: Locale, type: "opened" | "reminded", closesAt: string) =>
    translate(locale, `mail.notification.check_in.${type}`, {
      engagement: title,
      closes: formatInstant(locale, closesAt),
    });
  /** The e-mails of `type` received so far, once the outbox is sent. */
  async function mailsOf(
    type: "opened" | "reminded",
    closesAt: string,
    expected: number,
  ): Promise<ParsedMail[]> {
    await t.deps.mailer.deliverPending();
    const isOfType = (mail: ParsedMail) =>
      (["en", "fr"] as const).some((locale) => mail.subject === subjectOf(locale, type, closesAt));
    await expect.poll(() => smtp.received.filter(isOfType).length).toBe(expected);
    return smtp.received.filter(isOfType);
  }
  const addressOf = (person: Person) => person.email.toLowerCase();

  it("tells both sides when a check-in opens, reminds only the side still silent, and keeps it waiting until that side answers", async () => {
    t.clock.advance(15 * DAY_MS);
    await sweepDueWork(t.deps);

    // Opening: every member of both sides, each in their own language, once; nobody else.
    const closesAt = (await openCheckIn()).closes_at;
    const opened = await mailsOf("opened", closesAt, 4);
    expect(opened.map(recipientOf).sort()).toEqual(
      [w.client, w.provider, francoise, dana].map(addressOf).sort(),
    );
    const toFrancoise = opened.find((mail) => recipientOf(mail) === addressOf(francoise))!;
    expect(toFrancoise.subject).toBe(subjectOf("fr", "opened", closesAt));
    expect(toFrancoise.headers.get("content-language")).toBe("fr");
    expect(toFrancoise.text).toContain(`http://accord.test/engagements/${w.engagementId}`);
    expect(toFrancoise.html).toContain('<html lang="fr">');
    expect(toFrancoise.headerLines.map((header) => header.key)).toContain("list-unsubscribe");
    for (const person of [w.client, w.provider, francoise]) {
      expect(await notified(person, "check_in.opened")).toHaveLength(1);
    }
    expect(await notified(outsider, "check_in.opened")).toEqual([]);

    for (const person of [w.client, w.provider, francoise]) {
      expect(await waiting(person)).toEqual([
        expect.objectContaining({
          kind: "answer_check_in",
          engagementId: w.engagementId,
          dueAt: closesAt,
        }),
      ]);
    }
    expect(await waiting(outsider)).toEqual([]);

    // The client answers: no longer waiting for the client, still for the provider.
    bodyOf(await answer(w.client, SECRET), 201);
    expect(await waiting(w.client)).toEqual([]);
    expect(await waiting(francoise)).toHaveLength(1);

    // A day before the window closes: the provider's side alone is reminded, Dana among it
    // (once) although she joined the client's side first.
    for (let day = 0; day < 6; day++) {
      t.clock.advance(DAY_MS);
      await sweepDueWork(t.deps);
    }
    const reminded = await mailsOf("reminded", closesAt, 3);
    expect(reminded.map(recipientOf).sort()).toEqual(
      [w.provider, francoise, dana].map(addressOf).sort(),
    );
    expect(reminded.find((mail) => recipientOf(mail) === addressOf(francoise))!.subject).toBe(
      subjectOf("fr", "reminded", closesAt),
    );
    // Dana hears of it as a member of the provider, the side it was told to.
    const danasReminder = reminded.find((mail) => recipientOf(mail) === addressOf(dana))!;
    expect(danasReminder.text).toContain(`as a member of ${w.providerOrg.name}.`);
    expect(danasReminder.text).not.toContain(`as a member of ${w.clientOrg.name}.`);
    // Nothing of the client's answer reaches anyone by e-mail.
    for (const mail of smtp.received) {
      expect(mail.text).not.toContain(SECRET);
      expect(mail.html || "").not.toContain("4c1d");
    }
    expect(await notified(w.client, "check_in.reminded")).toEqual([]);
    expect(await notified(outsider, "check_in.reminded")).toEqual([]);
    for (const person of [w.provider, francoise, dana]) {
      expect(await notified(person, "check_in.reminded")).toEqual([
        expect.objectContaining({
          engagementId: w.engagementId,
          payload: expect.objectContaining({ waitingSides: ["provider"] }) as unknown,
        }),
      ]);
    }

    // The provider answers: the check-in waits for no one.
    bodyOf(await answer(francoise, "fine"), 201);
    for (const person of [w.client, w.provider, francoise]) {
      expect(await waiting(person)).toEqual([]);
    }
  });

  it("stops waiting when the window closes unanswered", async () => {
    // The next window opens on the cadence (14 days after the first); nobody answers it.
    t.clock.advance(9 * DAY_MS);
    // Sessions last 30 days: the sides log in again, as people would.
    for (const person of [w.client, w.provider]) {
      const login = await person.client.post("/api/v1/auth/login", {
        email: person.email,
        password: PASSWORD,
      });
      expect(login.statusCode).toBe(200);
    }
    await sweepDueWork(t.deps);
    expect(await waiting(w.client)).toHaveLength(1);
    t.clock.advance(8 * DAY_MS);
    await sweepDueWork(t.deps);
    expect(await waiting(w.client)).toEqual([]);
    expect(await waiting(w.provider)).toEqual([]);
  });
});
