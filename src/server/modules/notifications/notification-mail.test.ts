import { describe, expect, it } from "vitest";
import {
  notificationLinksOf,
  notificationMail,
  notificationMails,
  type MailedMember,
} from "./notification-mail";

const LINKS = notificationLinksOf({
  publicUrl: "http://accord.test",
  signingSecret: "test-signing-secret",
});

describe("a notification e-mail", () => {
  it("carries the ledger's head hash and how to check it", () => {
    const head = "ab".repeat(32);
    const mail = notificationMail(
      {
        userId: "u_claire",
        email: "claire@example.test",
        name: "Claire",
        locale: "fr",
        orgId: "org_1",
        orgName: "Northwind",
      },
      {
        type: "message.posted",
        payload: { messageId: "m1", threadKind: "engagement", threadId: "eng_1" },
        engagementId: "eng_1",
        engagementTitle: "Site",
        actorName: "Lucia",
        excerpt: "Bonjour",
        headHash: head,
        accusedOrgName: null,
      },
      LINKS,
    );
    expect(mail.text).toContain(`accord verify --file export.json --head ${head}`);
    expect(mail.text).toContain("Tête du registre");
  });

  it("writes amounts and dates for its reader, and names the reader's own unsubscribe link", () => {
    const invoice = {
      type: "invoice.issued" as const,
      payload: {
        invoiceId: "inv_1",
        number: "2026-0007",
        sourceKind: "manual" as const,
        sourceRef: null,
        currency: "EUR",
        totalMinor: 123450,
        issueDate: "2026-12-01",
        dueDate: "2026-12-31",
      },
      engagementId: "eng_1",
      engagementTitle: "Site",
      actorName: "Lucia",
      excerpt: null,
      headHash: "ab".repeat(32),
      accusedOrgName: null,
    };
    const reader = (userId: string, locale: string) => ({
      userId,
      email: `${userId}@example.test`,
      name: "Reader",
      locale,
      orgId: "org_1",
      orgName: "Northwind",
    });
    const german = notificationMail(reader("u_de", "de"), invoice, LINKS);
    const english = notificationMail(reader("u_en", "en"), invoice, LINKS);
    expect(german.subject).toContain("1.234,50\u00a0€");
    expect(english.subject).toContain("€1,234.50");
    expect(german.listUnsubscribeUrl).toBe(LINKS.unsubscribeUrlOf("u_de"));
    expect(german.listUnsubscribeUrl).not.toBe(english.listUnsubscribeUrl);
    expect(german.listUnsubscribeUrl).toMatch(/^http:\/\/accord\.test\/api\/v1\/unsubscribe\//);
  });

  it("gives each of an event's readers the e-mail written for them alone, worded once per language", () => {
    const members: MailedMember[] = ["en", "fr", "en", "de", null, "fr"].map((locale, i) => ({
      userId: `u_${i}`,
      email: `u${i}@example.test`,
      name: `Reader ${i}`,
      locale,
      orgId: `org_${i % 2}`,
      orgName: i % 2 ? "Northwind" : "Contoso",
      joinedAtByOrg: new Map([[`org_${i % 2}`, "2026-01-01T00:00:00.000Z"]]),
      orgNames: new Map([[`org_${i % 2}`, i % 2 ? "Northwind" : "Contoso"]]),
      mutedTypes: new Set<string>(),
    }));
    const payload = { messageId: "m1", threadKind: "engagement" as const, threadId: "eng_1" };
    const engagement = { id: "eng_1", title: "Site", headHash: "cd".repeat(32) };
    const mails = notificationMails(
      members,
      [
        {
          type: "message.posted",
          payload,
          toldOrgIds: ["org_0", "org_1"],
          actorUserId: "u_actor",
          actorName: "Lucia",
          occurredAt: "2026-12-05T08:00:00.000Z",
          excerpt: "Status update",
        },
      ],
      engagement,
      LINKS,
    );
    const alone = members.map((member) =>
      notificationMail(
        member,
        {
          type: "message.posted",
          payload,
          engagementId: engagement.id,
          engagementTitle: engagement.title,
          actorName: "Lucia",
          excerpt: "Status update",
          headHash: engagement.headHash,
          accusedOrgName: null,
        },
        LINKS,
      ),
    );
    expect(mails).toEqual(alone);
    expect(new Set(mails.map((mail) => mail.listUnsubscribeUrl)).size).toBe(members.length);
  });
});
