import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { canonicalTerms } from "../../../src/server/modules/agreements/canonical-terms";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { expectError } from "../api-fixtures";
import { buildBillingWorld, monthlyRetainerTerms } from "../billing/billing-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, joinAs, type VersionBody } from "./proposal-fixtures";

/**
 * An amendment keeps a retainer's period: its invoices are one per period and the final
 * settlement prices a day at the fee over the days of its period, so a month turned into a
 * quarter would price the months already worked as thirds of a quarter.
 */
describe.each(DIALECTS)("the period of a retainer's amendment on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    t.clock.set(new Date("2026-09-01T09:00:00.000Z"));
    // 3,000.00 a month in force.
    w = await buildBillingWorld(t, monthlyRetainerTerms, { accept: [] });
  });
  afterEach(async () => {
    await t.close();
  });

  it("refuses a quarter in place of a month at the field, in the reader's language, and leaves the draft as it was", async () => {
    const opened = bodyOf<VersionBody>(
      await w.client.client.post(w.url("/agreement/amendments")),
      201,
    );
    const quarterly = {
      terms: {
        ...opened.terms,
        remuneration: {
          ...opened.terms.remuneration,
          amountMinor: 900_000,
          retainerPeriod: "quarter",
        },
      },
      baseHash: opened.contentHash,
    };
    const refused = expectError(
      await w.client.client.request("PUT", w.url("/agreement/draft"), quarterly),
      422,
      "amendment_retainer_period_changed",
    );
    expect(refused.fields).toEqual([
      expect.objectContaining({ path: "terms.remuneration.retainerPeriod" }),
    ]);
    const camille = await joinAs(t, w.provider, w.providerOrg, "Camille", "member", "fr");
    const inFrench = expectError(
      await camille.client.request("PUT", w.url("/agreement/draft"), quarterly),
      422,
      "amendment_retainer_period_changed",
    );
    expect(inFrench.message).toContain("avenant");
    const draft = bodyOf<VersionBody>(
      await w.client.client.get(w.url(`/agreement/versions/${opened.version}`)),
    );
    expect(draft.contentHash).toBe(opened.contentHash);
    expect(draft.terms.remuneration.retainerPeriod).toBe("month");
  });

  it("shows a draft written with another period before the rule as not signable, saying why, and signing refuses it", async () => {
    const opened = bodyOf<VersionBody>(
      await w.client.client.post(w.url("/agreement/amendments")),
      201,
    );
    // A draft edited before 5 December 2026 could name another period: written as it was.
    const terms = opened.terms;
    const quarterly = {
      ...terms,
      remuneration: { ...terms.remuneration, retainerPeriod: "quarter" as const },
    };
    const { text, hash } = canonicalTerms(quarterly);
    await t.deps.db
      .updateTable("agreement_versions")
      .set({ terms: text, content_hash: hash })
      .where("engagement_id", "=", w.engagementId)
      .where("version", "=", opened.version)
      .execute();
    const shown = bodyOf<VersionBody>(
      await w.client.client.get(w.url(`/agreement/versions/${opened.version}`)),
    );
    expect(shown.isSignable).toBe(false);
    expect(shown.findings.filter((f) => f.severity === "blocking")).toEqual([
      expect.objectContaining({
        code: "amendment_retainer_period_changed",
        path: "terms.remuneration.retainerPeriod",
      }),
    ]);
    const overview = bodyOf<{ draft: VersionBody | null }>(
      await w.client.client.get(w.url("/agreement")),
    );
    expect(overview.draft?.isSignable).toBe(false);
    expectError(
      await w.client.client.post(w.url(`/agreement/versions/${opened.version}/sign`), {
        contentHash: hash,
      }),
      422,
      "amendment_retainer_period_changed",
    );
  });
});
