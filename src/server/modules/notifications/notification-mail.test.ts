import { describe, expect, it } from "vitest";
import { notificationMail } from "./notification-mail";

describe("a notification e-mail", () => {
  it("carries the ledger's head hash and how to check it", () => {
    const head = "ab".repeat(32);
    const mail = notificationMail(
      {
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
      "http://accord.test",
    );
    expect(mail.text).toContain(`accord verify --file export.json --head ${head}`);
    expect(mail.text).toContain("Tête du registre");
  });
});
