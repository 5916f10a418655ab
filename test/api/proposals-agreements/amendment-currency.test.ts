import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { canonicalTerms } from "../../../src/server/modules/agreements/canonical-terms";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { expectError } from "../api-fixtures";
import { buildDeliveryWorld, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, joinAs, type VersionBody } from "./proposal-fixtures";

/**
 * An amendment keeps the agreement's currency: invoices, payments, credit notes, refunds and the
 * final settlement of one engagement add up in one currency, and a pay cut is measured in it.
 */
describe.each(DIALECTS)("the currency of an amendment on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    // Version 1 in force: a fixed EUR 12,000.00.
    w = await buildDeliveryWorld(t);
  });
  afterEach(async () => {
    await t.close();
  });

  it("refuses another currency at the field, in the reader's language, and leaves the draft as it was", async () => {
    const opened = bodyOf<VersionBody>(
      await w.client.client.post(w.url("/agreement/amendments")),
      201,
    );
    const inForints = {
      terms: {
        ...opened.terms,
        remuneration: { ...opened.terms.remuneration, currency: "HUF" },
      },
      baseHash: opened.contentHash,
    };
    const refused = expectError(
      await w.client.client.request("PUT", w.url("/agreement/draft"), inForints),
      422,
      "amendment_currency_changed",
    );
    expect(refused.fields).toEqual([
      expect.objectContaining({ path: "terms.remuneration.currency" }),
    ]);
    expect(refused.message).toContain("EUR");
    const camille = await joinAs(t, w.provider, w.providerOrg, "Camille", "member", "fr");
    const inFrench = expectError(
      await camille.client.request("PUT", w.url("/agreement/draft"), inForints),
      422,
      "amendment_currency_changed",
    );
    expect(inFrench.message).toContain("avenant");
    const draft = bodyOf<VersionBody>(
      await w.client.client.get(w.url(`/agreement/versions/${opened.version}`)),
    );
    expect(draft.contentHash).toBe(opened.contentHash);
    expect(draft.terms.remuneration.currency).toBe("EUR");
  });

  it("refuses to sign a draft written in another currency before the rule, and records no signature", async () => {
    const opened = bodyOf<VersionBody>(
      await w.client.client.post(w.url("/agreement/amendments")),
      201,
    );
    // A draft edited before 5 December 2026 could name another currency: written as it was.
    const terms = opened.terms;
    const inForints = { ...terms, remuneration: { ...terms.remuneration, currency: "HUF" } };
    const { text, hash } = canonicalTerms(inForints);
    await t.deps.db
      .updateTable("agreement_versions")
      .set({ terms: text, content_hash: hash })
      .where("engagement_id", "=", w.engagementId)
      .where("version", "=", opened.version)
      .execute();
    // The draft says so before anyone tries: not signable, and why, at the field.
    const shown = bodyOf<VersionBody>(
      await w.client.client.get(w.url(`/agreement/versions/${opened.version}`)),
    );
    expect(shown.isSignable).toBe(false);
    const blocking = shown.findings.filter((f) => f.severity === "blocking");
    expect(blocking).toEqual([
      expect.objectContaining({
        code: "amendment_currency_changed",
        path: "terms.remuneration.currency",
      }),
    ]);
    expect(blocking[0]?.message).toContain("EUR");
    const signUrl = w.url(`/agreement/versions/${opened.version}/sign`);
    const refused = expectError(
      await w.client.client.post(signUrl, { contentHash: hash }),
      422,
      "amendment_currency_changed",
    );
    expect(refused.message).toContain("EUR");
    const draft = bodyOf<VersionBody>(
      await w.client.client.get(w.url(`/agreement/versions/${opened.version}`)),
    );
    expect(draft.status).toBe("draft");
    expect(draft.signatures).toEqual([]);
  });
});
