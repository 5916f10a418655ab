import { describe, expect, it } from "vitest";
import { LOCALES } from "../../../i18n/locales";
import { formatInstant } from "../../../i18n/format";
import { notificationLinksOf, notificationMail, type NotifiedEvent } from "./notification-mail";

const ACCUSED = "org_fabrikam";
const OTHER = "org_northwind";
const DUE = "2026-12-10T14:05:00.000Z";
const REASON = "Threatening a client over a review breaks the policy on retaliation.";

const base = {
  engagementId: "eng_1",
  engagementTitle: "Tea shop",
  actorName: null,
  excerpt: null,
  headHash: "cd".repeat(32),
  accusedOrgName: "Fabrikam Studio",
};

const STEPS: NotifiedEvent[] = [
  {
    ...base,
    type: "moderation.case_opened",
    payload: {
      caseId: "case_1",
      source: "report",
      subjectKind: "review",
      subjectId: "rev_1",
      accusedOrgId: ACCUSED,
      responseDueAt: DUE,
    },
  },
  {
    ...base,
    type: "moderation.case_decided",
    payload: {
      caseId: "case_1",
      accusedOrgId: ACCUSED,
      decision: "suspension",
      reason: REASON,
      suspensionDays: 30,
    },
  },
  {
    ...base,
    type: "moderation.appeal_decided",
    payload: { caseId: "case_1", outcome: "overturned", reason: REASON, accusedOrgId: ACCUSED },
  },
];

function mailTo(locale: string, orgId: string, event: NotifiedEvent) {
  return notificationMail(
    { userId: "u_1", email: "x@example.test", name: "Noor", locale, orgId, orgName: "Some org" },
    event,
    LINKS,
  );
}

const LINKS = notificationLinksOf({
  publicUrl: "http://accord.test",
  signingSecret: "test-signing-secret",
});

describe("the e-mails of a moderation case's steps", () => {
  it("give the accused the end of the response window, in its language and in UTC", () => {
    const [opened] = STEPS;
    const english = mailTo("en", ACCUSED, opened!);
    expect(english.subject).toBe(
      "A moderation case was opened against your organisation, Fabrikam Studio, in “Tea shop”: you may answer until December 10, 2026 at 2:05\u202fPM UTC",
    );
    expect(english.text).toContain("Hello Noor,");
    expect(english.text).toContain("Read the case and answer it: http://accord.test/cases");
    expect(formatInstant("fr", DUE)).toBe("10 décembre 2026 à 14:05 UTC");
    expect(mailTo("fr", ACCUSED, opened!).subject).toContain("10 décembre 2026 à 14:05 UTC");
    expect(mailTo("de", ACCUSED, opened!).subject).toContain(formatInstant("de", DUE));
  });

  it("give the decision and the appeal's outcome with the reason, to the accused and the other party", () => {
    const [, decided, appeal] = STEPS;
    const toAccused = mailTo("en", ACCUSED, decided!);
    expect(toAccused.subject).toBe(
      "Moderators decided the case against your organisation, Fabrikam Studio, in “Tea shop”: a suspension of 30 days",
    );
    expect(toAccused.text).toContain(`The reason given: “${REASON}”`);
    expect(toAccused.text).toContain("Either party may appeal once");
    const toComplainant = mailTo("en", OTHER, decided!);
    expect(toComplainant.subject).toBe(
      "Moderators decided the case against Fabrikam Studio in “Tea shop”: a suspension of 30 days",
    );
    const outcome = mailTo("en", ACCUSED, appeal!);
    expect(outcome.subject).toContain("the decision is overturned");
    expect(outcome.text).toContain("The case is closed and its sanction lifted.");
    expect(outcome.text).toContain(REASON);
  });

  it("is written in each of the five languages, every value filled, none an English copy", () => {
    for (const event of STEPS) {
      for (const orgId of [ACCUSED, OTHER]) {
        const english = mailTo("en", orgId, event);
        for (const locale of LOCALES) {
          const mail = mailTo(locale, orgId, event);
          const where = `${locale} ${event.type} ${orgId}`;
          expect(mail.locale, where).toBe(locale);
          expect(`${mail.subject}\n${mail.text}`, where).not.toMatch(/[{}]/);
          expect(mail.subject, where).toContain("Fabrikam Studio");
          expect(mail.subject, where).toContain("Tea shop");
          expect(mail.text, where).toContain("http://accord.test/cases");
          expect(mail.text, where).toContain("cd".repeat(32));
          if (event.type !== "moderation.case_opened") expect(mail.text, where).toContain(REASON);
          if (locale !== "en") {
            expect(mail.subject, where).not.toBe(english.subject);
            expect(mail.text, where).not.toBe(english.text);
          }
        }
      }
    }
  });
});
