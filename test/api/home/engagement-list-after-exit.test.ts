import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EngagementListItem } from "../../../src/contracts/engagements";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { DAY_MS } from "../api-fixtures";
import {
  buildBillingWorld,
  issuedInvoice,
  recordPayment,
  signInAgain,
} from "../billing/billing-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

/**
 * Once the exit has ended an engagement, its row in the list asks nobody for work the exit
 * ended (no milestone falls due, no change or amendment waits), as health and abilities judge
 * it, while the settlement (a payment to confirm, money owed) still waits; the `waitingOn`
 * filter and "what waits for me" agree with the summary. Both used to go on counting the changes
 * and the amendment to sign after the end.
 */
describe.each(DIALECTS)("the engagement list after the exit on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    // Nothing accepted yet: a milestone stays due, and the money owed is a manual invoice's.
    w = await buildBillingWorld(t, undefined, { accept: [] });
  });
  afterEach(async () => {
    await t.close();
  });

  async function rows(person: Person, query = ""): Promise<EngagementListItem[]> {
    return bodyOf<{ engagements: EngagementListItem[] }>(
      await person.client.get(`/api/v1/engagements?${query}`),
    ).engagements;
  }
  const summaryOf = async (person: Person) =>
    (await rows(person)).find((row) => row.id === w.engagementId)?.summary;
  const ids = async (person: Person, query: string) =>
    (await rows(person, query)).map((row) => row.id);

  it("waits only on the settlement once the exit date has come", async () => {
    const invoice = await issuedInvoice(w, {
      source: { kind: "manual" },
      lines: [{ description: "Workshop", quantityMilli: 1000, unitPriceMinor: 50_000 }],
    });
    bodyOf(
      await recordPayment(w, w.client, invoice.id, {
        amountMinor: 1000,
        currency: "EUR",
        paidOn: t.clock.now().toISOString().slice(0, 10),
      }),
      201,
    );
    bodyOf(
      await w.client.client.post(w.url("/change-requests"), {
        title: "Gift cards",
        reason: "Sell gift cards for the holidays",
        deliverableIds: ["d1"],
      }),
      201,
    );
    bodyOf(await w.client.client.post(w.url("/agreement/amendments")), 201);
    const exit = bodyOf<{ exitDate: string }>(
      await w.client.client.post(w.url("/exit"), { reason: "notice" }),
      201,
    );

    // Under notice the relationship goes on: all of it waits.
    const parting = await summaryOf(w.provider);
    expect(parting?.milestones.nextDueDate).not.toBeNull();
    expect(parting?.waiting.map((item) => `${item.side} ${item.kind}`)).toEqual([
      "client sign_agreement",
      "provider sign_agreement",
      "provider price_change",
      "provider confirm_payment",
    ]);
    expect(await ids(w.client, "waitingOn=us")).toEqual([w.engagementId]);
    const kindsWaitingBefore = bodyOf<{ items: { engagementId: string; kind: string }[] }>(
      await w.provider.client.get("/api/v1/me/waiting"),
    ).items.map((item) => item.kind);
    expect(kindsWaitingBefore).toEqual(
      expect.arrayContaining(["sign_agreement", "price_change", "confirm_payment"]),
    );

    while (t.clock.now().toISOString().slice(0, 10) < exit.exitDate) t.clock.advance(7 * DAY_MS);
    await signInAgain(w.client, w.provider);

    for (const person of [w.client, w.provider]) {
      const ended = await summaryOf(person);
      expect(ended?.milestones.nextDueDate).toBeNull();
      expect(ended?.waiting).toEqual([{ side: "provider", kind: "confirm_payment", count: 1 }]);
      expect(ended?.moneyOpen).toEqual(parting?.moneyOpen);
      expect(ended?.moneyOpen).not.toEqual([]);
    }
    expect(await ids(w.client, "waitingOn=us")).toEqual([]);
    expect(await ids(w.client, "waitingOn=us&sort=deadline")).toEqual([]);
    expect(await ids(w.client, "waitingOn=them")).toEqual([w.engagementId]);
    expect(await ids(w.provider, "waitingOn=us")).toEqual([w.engagementId]);

    // "What waits for me" agrees: only the payment to confirm is left, for the provider.
    const waitingFor = async (person: Person) =>
      bodyOf<{ items: { engagementId: string; kind: string }[] }>(
        await person.client.get("/api/v1/me/waiting"),
      )
        .items.filter((item) => item.engagementId === w.engagementId)
        .map((item) => item.kind);
    expect(await waitingFor(w.client)).toEqual([]);
    expect(await waitingFor(w.provider)).toEqual(["confirm_payment"]);
  });
});
