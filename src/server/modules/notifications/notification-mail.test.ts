import { describe, expect, it } from "vitest";
import { notificationLinksOf, notificationMail } from "./notification-mail";

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
});
