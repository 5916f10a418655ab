import type { ParsedMail } from "mailparser";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { recipientOf, startSmtpPeer } from "../../support/smtp-peer";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { DAY_MS } from "../api-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, joinAs } from "../proposals-agreements/proposal-fixtures";
import {
  buildReviewWorld,
  caseFromSentThreat,
  caseUrl,
  signUpModerator,
  type CaseBody,
} from "./review-fixtures";

/**
 * A moderation case's notice, decision and appeal outcome reach the parties by e-mail through
 * the outbox and a real SMTP server, each person in their language: the accused organisation's
 * people for every step, the complainant's for the decision and the appeal's outcome.
 */
describe.each(DIALECTS)("moderation e-mails through a real SMTP server on %s", (dialect) => {
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let t: TestApp;
  let w: DeliveryWorld;
  let mona: Person;
  let max: Person;
  beforeAll(async () => {
    smtp = await startSmtpPeer();
  });
  afterAll(async () => {
    await smtp.close();
  });
  beforeEach(async () => {
    smtp.received.length = 0;
    t = await buildTestApp(dialect, { mail: smtp.url });
    w = await buildReviewWorld(t);
    mona = await signUpModerator(t, "Mona");
    max = await signUpModerator(t, "Max");
  });
  afterEach(async () => {
    await t.close();
  });

  /** Sends what the outbox holds, then the mails of one kind each person received. */
  async function received(pattern: RegExp): Promise<ParsedMail[]> {
    await t.deps.mailer.deliverPending();
    await t.deps.mailer.deliverPending();
    return smtp.received.filter((m) => pattern.test(m.subject ?? ""));
  }
  const to = (mails: ParsedMail[], person: { email: string }) =>
    mails.filter((m) => recipientOf(m) === person.email.toLowerCase());

  it("sends the notice with its response window, the decision with its reason and the appeal's outcome", async () => {
    const francoise = await joinAs(t, w.provider, w.providerOrg, "Françoise", "member", "fr");
    const caseId = await caseFromSentThreat(w);
    const opened = bodyOf<CaseBody>(await w.provider.client.get(caseUrl(caseId)));
    const dueAt = new Date(opened.notice.responseDueAt);
    const { title } = bodyOf<{ title: string }>(await w.client.client.get(w.url()));

    // The notice: to the accused provider's people, in their language; not to the client.
    const notices = await received(/moderation case was opened|dossier de modération a été/);
    const english = to(notices, w.provider)[0]!;
    const longDate = (locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(dueAt);
    const dueTime = new Intl.DateTimeFormat("en", {
      hour: "numeric",
      minute: "2-digit",
      timeZone: "UTC",
    }).format(dueAt);
    // Intl puts a narrow no-break space before "AM"; a mail header may carry a plain one.
    const plain = (text: string | undefined) => text?.replace(/\s/gu, " ");
    expect(plain(english.subject)).toBe(
      plain(
        `A moderation case was opened against your organisation, ${w.providerOrg.name}, in “${title}”: you may answer until ${longDate("en")} at ${dueTime} UTC`,
      ),
    );
    expect(english.headers.get("content-language")).toBe("en");
    expect(english.text).toContain("Read the case and answer it: http://accord.test/cases");
    const french = to(notices, francoise)[0]!;
    expect(french.headers.get("content-language")).toBe("fr");
    expect(french.subject).toContain(`vous pouvez répondre jusqu’au ${longDate("fr")} à`);
    expect(french.subject).toContain("UTC");
    expect(to(notices, w.client)).toEqual([]);
    // Neither names who reported or what screening read.
    expect(english.text).not.toContain("Retirez");

    // The decision, with its reason: to both parties.
    t.clock.advance(8 * DAY_MS);
    const reason = "A legal threat to have an honest review removed.";
    bodyOf(await mona.client.post(caseUrl(caseId, "/decision"), { decision: "warning", reason }));
    const decisions = await received(/^Moderators decided|^Les modérateurs ont statué/);
    const toAccused = to(decisions, w.provider)[0]!;
    expect(toAccused.subject).toBe(
      `Moderators decided the case against your organisation, ${w.providerOrg.name}, in “${title}”: a warning`,
    );
    expect(toAccused.text).toContain(`The reason given: “${reason}”`);
    expect(to(decisions, francoise)[0]?.text).toContain(`Motif indiqué : « ${reason} »`);
    expect(to(decisions, w.client)[0]?.subject).toBe(
      `Moderators decided the case against ${w.providerOrg.name} in “${title}”: a warning`,
    );

    // The appeal's outcome, decided by another moderator: to both parties.
    bodyOf(
      await w.provider.client.post(caseUrl(caseId, "/appeal"), { reason: "It was not a threat." }),
    );
    bodyOf(
      await max.client.post(caseUrl(caseId, "/appeal/decision"), {
        outcome: "overturned",
        reason: "The reply named no proceedings.",
      }),
    );
    const outcomes = await received(/^The appeal in the case|^Il a été statué sur l’appel/);
    expect(to(outcomes, w.provider)[0]?.text).toContain(
      "The case is closed and its sanction lifted.",
    );
    expect(to(outcomes, w.client)[0]?.subject).toContain("the decision is overturned");
    expect(to(outcomes, francoise)[0]?.subject).toContain("la décision est annulée");

    // Each went out once, and the outbox says so.
    const rows = await t.deps.db
      .selectFrom("mail_outbox")
      .select(["status", "attempts"])
      .where("subject", "like", `%${w.providerOrg.name}%`)
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.every((row) => row.status === "sent" && row.attempts === 1)).toBe(true);
    expect(to(notices, w.provider)).toHaveLength(1);
  });
});
