import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AgreementTerms } from "../../../src/domain/agreement/terms";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { buildDeliveryWorld, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface ExitBody {
  handOver: { id: string; key: string; duty: string; dutyText: string; isStandard: boolean }[];
}

/**
 * An integrator reading an exit gets each hand-over item's words in the reader's language
 * (`dutyText`); a standard item's `duty` is a message key (`exit.handover.*`), which no person
 * should be shown.
 */
describe.each(DIALECTS)("hand-over items in words on %s", (dialect) => {
  let t: TestApp;
  let a: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    a = await buildDeliveryWorld(t, (agreed: AgreementTerms) => ({
      ...agreed,
      handOverDuties: ["Source files in the client's repository"],
    }));
  });
  afterEach(async () => {
    await t.close();
  });

  it("says every item in the reader's language, the agreement's duties as written", async () => {
    bodyOf(await a.provider.client.post(a.url("/exit"), { reason: "notice" }), 201);
    const texts = new Map<string, string[]>();
    for (const locale of ["en", "fr", "de", "es", "id"]) {
      bodyOf(await a.client.client.request("PATCH", "/api/v1/me", { locale }));
      const exit = bodyOf<ExitBody>(await a.client.client.get(a.url("/exit")));
      texts.set(
        locale,
        exit.handOver.map((item) => item.dutyText),
      );
      for (const item of exit.handOver) {
        expect(item.dutyText, `${locale} ${item.key}`).not.toMatch(/^exit\.handover\./);
      }
      expect(exit.handOver[0]?.dutyText).toBe("Source files in the client's repository");
    }
    expect(texts.get("en")?.[1]).toBe("Remove the provider's access to your systems");
    expect(texts.get("fr")?.[1]).toBe("Retirer au prestataire ses accès à vos systèmes");
    expect(new Set([...texts.values()].map((t) => t[2])).size).toBe(5);
  });

  it("e-mails the exit date and a ticked standard item in the reader's words", async () => {
    bodyOf(await a.client.client.request("PATCH", "/api/v1/me", { locale: "fr" }));
    bodyOf(await a.provider.client.post(a.url("/exit"), { reason: "notice" }), 201);
    const exit = bodyOf<ExitBody>(await a.client.client.get(a.url("/exit")));
    const standard = exit.handOver.find((item) => item.isStandard)!;
    bodyOf(await a.client.client.post(a.url(`/exit/hand-over/${standard.id}/done`), {}));
    const mails = await t.deps.db
      .selectFrom("mail_outbox")
      .select(["to_address", "locale", "subject", "text_body"])
      .execute();
    const notice = mails.find((m) => m.to_address === a.client.email && /préavis/.test(m.subject));
    // 30 days' notice from 22 November 2026 (the fixture's terms): said as the reader writes it.
    expect(notice?.subject).toMatch(/fin le \d{1,2} [a-zéû]+\.? 2026/);
    expect(notice?.text_body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const ticked = mails.find((m) => /hand-over item/.test(m.text_body));
    expect(ticked?.text_body).toContain("Remove the provider's access to your systems");
    for (const mail of mails) expect(mail.text_body).not.toContain("exit.handover.");
  });
});
