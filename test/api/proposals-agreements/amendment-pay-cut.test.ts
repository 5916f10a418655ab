import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AgreementTerms } from "../../../src/domain/agreement/terms";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { expectError, type LedgerEventBody } from "../api-fixtures";
import { buildDeliveryWorld, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, type OverviewBody, type VersionBody } from "./proposal-fixtures";

type AmendmentBody = VersionBody & {
  acknowledgementsRequired: { client: string[]; provider: string[] };
};
const PAY_CUT = "pay_cut_without_scope_cut";

describe.each(DIALECTS)("a pay cut in an amendment on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    // Version 1 in force: a fixed EUR 12,000 for an estimated 20 days.
    w = await buildDeliveryWorld(t);
  });
  afterEach(async () => {
    await t.close();
  });

  const draftWith = async (change: (terms: AgreementTerms) => AgreementTerms) => {
    const opened = bodyOf<VersionBody>(
      await w.client.client.post(w.url("/agreement/amendments")),
      201,
    );
    return bodyOf<AmendmentBody>(
      await w.client.client.request("PUT", w.url("/agreement/draft"), {
        terms: change(structuredClone(opened.terms)),
        baseHash: opened.contentHash,
      }),
    );
  };
  const payFor = (amountMinor: number, days: number) => (terms: AgreementTerms) => ({
    ...terms,
    remuneration: {
      ...terms.remuneration,
      amountMinor,
      estimatedEffort: { unit: "day" as const, quantity: days },
    },
  });
  const signUrl = (version: number) => w.url(`/agreement/versions/${version}/sign`);

  it("shows the cut to both sides on the draft, and the provider's owner signs it only by acknowledging it", async () => {
    const draft = await draftWith(payFor(1_000_000, 20));
    for (const person of [w.client, w.provider]) {
      const seen = bodyOf<OverviewBody>(await person.client.get(w.url("/agreement"))).draft;
      expect(seen?.findings.find((f) => f.code === PAY_CUT)).toMatchObject({
        severity: "serious",
        path: "terms.remuneration.amountMinor",
      });
      expect(seen?.isSignable).toBe(true);
    }
    expect(draft.acknowledgementsRequired).toEqual({ client: [], provider: [PAY_CUT] });
    const message = draft.findings.find((f) => f.code === PAY_CUT)?.message ?? "";
    expect(message).toContain("12,000");
    expect(message).toContain("10,000");

    bodyOf(await w.client.client.post(signUrl(draft.version), { contentHash: draft.contentHash }));
    bodyOf(await w.provider.client.patch("/api/v1/me", { locale: "fr" }));
    const refused = expectError(
      await w.provider.client.post(signUrl(draft.version), { contentHash: draft.contentHash }),
      400,
      "agreement_acknowledgement_missing",
    );
    expect(refused.message).toContain("Avant de signer");
    expect(refused.fields?.[0]?.path).toBe("acknowledgedFindings");
    expectError(
      await w.provider.client.post(signUrl(draft.version), {
        contentHash: draft.contentHash,
        acknowledgedFindings: ["some_other_finding"],
      }),
      400,
      "agreement_acknowledgement_missing",
    );
    expect(
      bodyOf<OverviewBody>(await w.client.client.get(w.url("/agreement"))).inForce?.version,
    ).toBe(1);

    const signed = bodyOf<VersionBody>(
      await w.provider.client.post(signUrl(draft.version), {
        contentHash: draft.contentHash,
        acknowledgedFindings: [PAY_CUT],
      }),
    );
    expect(signed.status).toBe("in_force");
    const events = bodyOf<{ events: LedgerEventBody[] }>(
      await w.client.client.get(w.url("/events")),
    ).events.filter((e) => e.type === "agreement.signed" && e.payload.version === draft.version);
    expect(events.map((e) => [e.payload.side, e.payload.acknowledgedFindings])).toEqual([
      ["client", []],
      ["provider", [PAY_CUT]],
    ]);
  });

  it("finds no cut in a fair trim, a raise, or a draft that removes scope with the pay", async () => {
    const trim = await draftWith(payFor(1_080_000, 18));
    expect(trim.findings.map((f) => f.code)).not.toContain(PAY_CUT);
    expect(trim.acknowledgementsRequired.provider).toEqual([]);
    const raise = bodyOf<AmendmentBody>(
      await w.client.client.request("PUT", w.url("/agreement/draft"), {
        terms: payFor(1_400_000, 20)(trim.terms),
        baseHash: trim.contentHash,
      }),
    );
    expect(raise.findings.map((f) => f.code)).not.toContain(PAY_CUT);
    const cutMore = bodyOf<AmendmentBody>(
      await w.client.client.request("PUT", w.url("/agreement/draft"), {
        terms: payFor(1_080_000, 19)(raise.terms),
        baseHash: raise.contentHash,
      }),
    );
    expect(cutMore.findings.find((f) => f.code === PAY_CUT)?.severity).toBe("serious");
  });
});
