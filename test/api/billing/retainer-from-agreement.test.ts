import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { expectError } from "../api-fixtures";
import { signByBoth, type DeliveryWorld } from "../delivery/delivery-fixtures";
import {
  bodyOf,
  buildAgreementWorld,
  type VersionBody,
} from "../proposals-agreements/proposal-fixtures";
import {
  draftInvoice,
  invoicesUrl,
  issuedInvoice,
  paid,
  signInAgain,
  monthlyRetainerTerms,
} from "./billing-fixtures";

interface ExitBody {
  settlement: {
    settlement: { lines: { kind: string; amountMinor: number }[]; balanceMinor: number } | null;
  } | null;
}

/**
 * A retainer is owed from the agreement's coming into force, not from the day the engagement
 * (and its first draft) was created: billing and the final settlement count from the same
 * period, the one holding the agreement's first day in force.
 */
describe.each(DIALECTS)("a retainer agreed weeks after the engagement began on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    const signedOn = t.clock.now();
    // The engagement (a proposal accepted) on 20 October; the retainer, 3,000.00 a month,
    // negotiated and signed by both on 22 November.
    t.clock.set(new Date("2026-10-20T09:00:00.000Z"));
    const agreed = await buildAgreementWorld(t);
    t.clock.set(signedOn);
    await signInAgain(agreed.client, agreed.provider);
    const url = (path = "") => `/api/v1/engagements/${agreed.engagementId}${path}`;
    w = { ...agreed, url };
    const draft = bodyOf<VersionBody>(await w.client.client.get(url("/agreement/versions/1")));
    const edited = bodyOf<VersionBody>(
      await w.client.client.request("PUT", url("/agreement/draft"), {
        terms: monthlyRetainerTerms(draft.terms),
        baseHash: draft.contentHash,
      }),
    );
    await signByBoth(w, edited.version, edited.contentHash);
  });
  afterEach(async () => {
    await t.close();
  });

  it("invoices no period that ended before the agreement came into force, and the settlement counts the same periods", async () => {
    // Until 4 December 2026 billing took October (the engagement existed then) while the
    // settlement counted from November, so a paid October came back as money owed back.
    const october = expectError(
      await w.provider.client.post(invoicesUrl(w), {
        source: { kind: "retainer", periodStart: "2026-10-01" },
      }),
      400,
      "validation_failed",
    );
    expect(october.fields).toEqual([
      expect.objectContaining({ path: "source.periodStart", code: "period_before_engagement" }),
    ]);
    expect(october.fields?.[0]?.message).toContain("November 22, 2026");

    // November, the period the agreement came into force in, is invoiced in full and paid.
    const november = await issuedInvoice(w, {
      source: { kind: "retainer", periodStart: "2026-11-01" },
    });
    await paid(w, november.id, 300_000, "2026-11-22");
    await draftInvoice(w, { source: { kind: "retainer", periodStart: "2026-12-01" } });

    // Notice on 22 November: exit on the 27th, 27 of November's 30 days served.
    bodyOf(await w.client.client.post(w.url("/exit"), { reason: "notice" }), 201);
    const exit = bodyOf<ExitBody>(await w.client.client.get(w.url("/exit")));
    expect(exit.settlement?.settlement?.lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ["retainer_partial", 270_000],
      ["payment", -300_000],
    ]);
  });
});
