import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { WaitingItem } from "../../../src/contracts/home";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../../support/test-app";
import { createOrg } from "../api-fixtures";
import {
  buildBillingWorld,
  invoicesUrl,
  issuedInvoice,
  paid,
  recordRefund,
} from "../billing/billing-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, joinAs } from "../proposals-agreements/proposal-fixtures";

async function waiting(person: Person): Promise<WaitingItem[]> {
  return bodyOf<{ items: WaitingItem[] }>(await person.client.get("/api/v1/me/waiting")).items;
}

const payBacks = async (person: Person) =>
  (await waiting(person)).filter((item) => item.kind === "pay_back");

describe.each(DIALECTS)("money owed back on an exit, on the home page on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    // EUR 12,000.00 fixed: m1 "Design" (4,000.00) accepted; no hand-over duties.
    w = await buildBillingWorld(
      t,
      (terms) => ({ ...terms, noticePeriodDays: 5, handOverDuties: [] }),
      { accept: ["d2"] },
    );
  });
  afterEach(async () => {
    await t.close();
  });

  it("asks the provider's owners and members to pay back what the settlement owes, tax included, until it is paid back", async () => {
    // Design at 4,000.00 + 20% tax, paid in full, then credited 1,200.00: 1,000.00 net owed back.
    const design = await issuedInvoice(w, {
      source: { kind: "milestone", milestoneId: "m1" },
      taxRateBasisPoints: 2000,
    });
    await paid(w, design.id, 480_000, "2026-11-22");
    bodyOf(
      await w.provider.client.post(invoicesUrl(w, `/${design.id}/credit-notes`), {
        amountMinor: 120_000,
        reason: "Design files delivered late",
      }),
      201,
    );
    // No exit, no final settlement: nothing to pay back yet.
    expect(await payBacks(w.provider)).toEqual([]);

    const noticeAt = t.clock.now().toISOString();
    bodyOf(await w.client.client.post(w.url("/exit"), { reason: "notice" }), 201);
    const member = await joinAs(t, w.provider, w.providerOrg, "Mona", "member");
    for (const person of [w.provider, member]) {
      expect(await payBacks(person)).toEqual([
        expect.objectContaining({
          kind: "pay_back",
          amountMinor: 120_000,
          currency: "EUR",
          since: noticeAt,
          dueAt: null,
          engagementId: w.engagementId,
          side: "provider",
          otherSideName: w.clientOrg.name,
        }),
      ]);
    }

    // Never the client (its turn comes with a refund to confirm), a viewer, or another organisation.
    const providerViewer = await joinAs(t, w.provider, w.providerOrg, "Vic", "viewer");
    const clientViewer = await joinAs(t, w.client, w.clientOrg, "Vera", "viewer");
    const outsider = await signUpPerson(t.app, "Olga");
    await createOrg(outsider, "provider");
    for (const person of [w.client, providerViewer, clientViewer, outsider])
      expect(await payBacks(person)).toEqual([]);

    // A refund awaiting the client's answer: the client's confirm_refund waits, not this.
    const half = await recordRefund(w, 60_000, "First half");
    expect(await payBacks(w.provider)).toEqual([]);
    expect((await waiting(w.client)).map((item) => item.kind)).toEqual(["confirm_refund"]);

    // Confirmed, the rest is owed back: 500.00 net, 600.00 with its tax.
    bodyOf(await w.client.client.post(w.url(`/refunds/${half.id}/confirm`)));
    expect(await payBacks(w.provider)).toEqual([
      expect.objectContaining({ kind: "pay_back", amountMinor: 60_000 }),
    ]);

    const rest = await recordRefund(w, 60_000, "Second half");
    bodyOf(await w.client.client.post(w.url(`/refunds/${rest.id}/confirm`)));
    expect(await payBacks(w.provider)).toEqual([]);
    expect(await payBacks(member)).toEqual([]);
  });

  it("asks nothing when the settlement owes the provider", async () => {
    bodyOf(await w.client.client.post(w.url("/exit"), { reason: "notice" }), 201);
    expect(await payBacks(w.provider)).toEqual([]);
  });
});
