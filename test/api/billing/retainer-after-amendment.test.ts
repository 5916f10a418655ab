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
  invoicesUrl,
  issuedInvoice,
  paid,
  signInAgain,
  monthlyRetainerTerms,
} from "./billing-fixtures";

interface ExitBody {
  settlement: {
    settlement: { lines: { kind: string; amountMinor: number }[] } | null;
  } | null;
}

/**
 * An engagement agreed at a fixed price and amended to a retainer owes the retainer from the
 * amendment's coming into force: its first period is the one holding that day, in billing and
 * in the final settlement alike, never one of the months the fixed price already paid for.
 */
describe.each(DIALECTS)("a retainer agreed by an amendment on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    const amendedOn = t.clock.now();
    // The fixed price signed by both on 10 September; the retainer, 3,000.00 a month, by an
    // amendment both sign on 22 November.
    t.clock.set(new Date("2026-09-10T09:00:00.000Z"));
    const agreed = await buildAgreementWorld(t);
    const url = (path = "") => `/api/v1/engagements/${agreed.engagementId}${path}`;
    w = { ...agreed, url };
    await signByBoth(w, 1);
    t.clock.set(amendedOn);
    await signInAgain(w.client, w.provider);
    const opened = bodyOf<VersionBody>(
      await w.client.client.post(w.url("/agreement/amendments")),
      201,
    );
    const retainer = bodyOf<VersionBody>(
      await w.client.client.request("PUT", w.url("/agreement/draft"), {
        terms: monthlyRetainerTerms(opened.terms),
        baseHash: opened.contentHash,
      }),
    );
    await signByBoth(
      w,
      retainer.version,
      retainer.contentHash,
      retainer.findings.map((finding) => finding.code),
    );
  });
  afterEach(async () => {
    await t.close();
  });

  it("invoices its first period from the amendment's day in force, and the settlement counts from it", async () => {
    for (const periodStart of ["2026-09-01", "2026-10-01"]) {
      const refused = expectError(
        await w.provider.client.post(invoicesUrl(w), {
          source: { kind: "retainer", periodStart },
        }),
        400,
        "validation_failed",
      );
      expect(refused.fields).toEqual([
        expect.objectContaining({ path: "source.periodStart", code: "period_before_engagement" }),
      ]);
      expect(refused.fields?.[0]?.message).toContain("November 22, 2026");
    }
    const november = await issuedInvoice(w, {
      source: { kind: "retainer", periodStart: "2026-11-01" },
    });
    await paid(w, november.id, 300_000, "2026-11-22");

    // Notice on 22 November: exit on the 27th, 27 of November's 30 days served, and no
    // retainer for the months under the fixed price.
    bodyOf(await w.client.client.post(w.url("/exit"), { reason: "notice" }), 201);
    const exit = bodyOf<ExitBody>(await w.client.client.get(w.url("/exit")));
    expect(exit.settlement?.settlement?.lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ["retainer_partial", 270_000],
      ["payment", -300_000],
    ]);
  });
});
