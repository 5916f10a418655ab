import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AgreementTerms } from "../../../src/domain/agreement/terms";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { buildDeliveryWorld, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface ExitBody {
  handOver: { key: string; duty: string; dutyText: string; isStandard: boolean }[];
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
});
