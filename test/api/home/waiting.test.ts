import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { WaitingItem } from "../../../src/contracts/home";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../../support/test-app";
import { createOrg, DAY_MS } from "../api-fixtures";
import {
  answerPayment,
  buildBillingWorld,
  draftInvoice,
  issuedInvoice,
  paid,
  recordPayment,
  signInAgain,
} from "../billing/billing-fixtures";
import { buildDeliveryWorld, submit, type SubmissionBody } from "../delivery/delivery-fixtures";
import {
  bodyOf,
  buildAgreementWorld,
  joinAs,
  type VersionBody,
} from "../proposals-agreements/proposal-fixtures";

const HOUR = 60 * 60 * 1000;

async function waiting(person: Person): Promise<WaitingItem[]> {
  return bodyOf<{ items: WaitingItem[] }>(await person.client.get("/api/v1/me/waiting")).items;
}

const kinds = (items: WaitingItem[]) => items.map((item) => item.kind);

describe.each(DIALECTS)("what waits for me on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it("asks both owners to sign a draft, and only the side that has not signed yet", async () => {
    const w = await buildAgreementWorld(t);
    const url = `/api/v1/engagements/${w.engagementId}/agreement/versions/1`;
    for (const person of [w.client, w.provider]) {
      expect(await waiting(person)).toEqual([
        expect.objectContaining({ kind: "sign_agreement", version: 1, dueAt: null }),
      ]);
    }
    const draft = bodyOf<VersionBody>(await w.client.client.get(url));
    bodyOf(await w.client.client.post(`${url}/sign`, { contentHash: draft.contentHash }));
    expect(await waiting(w.client)).toEqual([]);
    expect(await waiting(w.provider)).toEqual([
      expect.objectContaining({
        kind: "sign_agreement",
        side: "provider",
        otherSideName: w.clientOrg.name,
      }),
    ]);
  });

  it("puts a round to evaluate before the client, with the day silence accepts it", async () => {
    const w = await buildDeliveryWorld(t);
    const round = bodyOf<SubmissionBody>(await submit(w), 201);
    const [item, ...rest] = await waiting(w.client);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      kind: "evaluate_round",
      submissionId: round.id,
      deliverableId: "d1",
      round: 1,
      isDeemedAcceptanceAgreed: true,
      dueAt: new Date(t.clock.now().getTime() + 10 * DAY_MS).toISOString(),
      engagementId: w.engagementId,
      side: "client",
      otherSideName: w.providerOrg.name,
    });
    expect(await waiting(w.provider)).toEqual([]);

    // A viewer of the client follows the work but has nothing to act on.
    const viewer = await joinAs(t, w.client, w.clientOrg, "Vera", "viewer");
    expect(await waiting(viewer)).toEqual([]);
  });

  it("hands a change to the provider to price, then to the client to approve", async () => {
    const w = await buildDeliveryWorld(t);
    const proposed = bodyOf<{ id: string }>(
      await w.client.client.post(w.url("/change-requests"), {
        title: "Gift cards",
        reason: "Sell gift cards for the holidays",
        deliverableIds: ["d1"],
      }),
      201,
    );
    expect(kinds(await waiting(w.provider))).toEqual(["price_change"]);
    expect(await waiting(w.client)).toEqual([]);
    bodyOf(
      await w.provider.client.post(w.url(`/change-requests/${proposed.id}/price`), {
        effort: { unit: "day", quantity: 2 },
        priceMinor: 150_000,
        scheduleImpactDays: 7,
      }),
    );
    expect(await waiting(w.provider)).toEqual([]);
    expect(await waiting(w.client)).toEqual([
      expect.objectContaining({
        kind: "approve_change",
        changeRequestId: proposed.id,
        title: "Gift cards",
        priceMinor: 150_000,
        currency: "EUR",
      }),
    ]);
  });

  it("lists a draft to issue for the provider and a payment to confirm for the side that did not record it", async () => {
    const w = await buildBillingWorld(t);
    const draft = await draftInvoice(w, { source: { kind: "milestone", milestoneId: "m2" } });
    const issued = await issuedInvoice(w);
    expect(await waiting(w.provider)).toEqual([
      expect.objectContaining({ kind: "issue_invoice", invoiceId: draft.id, currency: "EUR" }),
    ]);
    expect(await waiting(w.client)).toEqual([]);

    const payment = bodyOf<{ id: string }>(
      await recordPayment(w, w.client, issued.id, {
        amountMinor: 100_000,
        currency: "EUR",
        paidOn: t.clock.now().toISOString().slice(0, 10),
      }),
      201,
    );
    const providerItems = await waiting(w.provider);
    expect(kinds(providerItems).sort()).toEqual(["confirm_payment", "issue_invoice"]);
    expect(providerItems.find((item) => item.kind === "confirm_payment")).toMatchObject({
      paymentId: payment.id,
      invoiceNumber: issued.number,
      amountMinor: 100_000,
    });
    expect(await waiting(w.client)).toEqual([]);
    bodyOf(await answerPayment(w, w.provider, issued.id, payment.id, "confirm"));
    expect(kinds(await waiting(w.provider))).toEqual(["issue_invoice"]);
  });

  it("asks the client's owners and members to confirm a refund the provider recorded, even after the exit", async () => {
    const w = await buildBillingWorld(t);
    const issued = await issuedInvoice(w);
    await paid(w, issued.id, 400_000, t.clock.now().toISOString().slice(0, 10));
    const recordedAt = t.clock.now().toISOString();
    const refund = bodyOf<{ id: string }>(
      await w.provider.client.post(w.url("/refunds"), {
        amountMinor: 100_000,
        currency: "EUR",
        paidOn: t.clock.now().toISOString().slice(0, 10),
      }),
      201,
    );
    t.clock.advance(HOUR);
    expect(await waiting(w.client)).toEqual([
      expect.objectContaining({
        kind: "confirm_refund",
        refundId: refund.id,
        amountMinor: 100_000,
        currency: "EUR",
        since: recordedAt,
        dueAt: null,
        engagementId: w.engagementId,
        side: "client",
        otherSideName: w.providerOrg.name,
      }),
    ]);
    expect(await waiting(w.provider)).toEqual([]);
    const viewer = await joinAs(t, w.client, w.clientOrg, "Vera", "viewer");
    expect(await waiting(viewer)).toEqual([]);

    // Paying back is a settlement step: it still waits once the exit has ended the engagement.
    const exit = bodyOf<{ exitDate: string }>(
      await w.client.client.post(w.url("/exit"), { reason: "notice" }),
      201,
    );
    while (t.clock.now().toISOString().slice(0, 10) < exit.exitDate) t.clock.advance(7 * DAY_MS);
    await signInAgain(w.client, w.provider);
    expect(kinds(await waiting(w.client))).toEqual(["confirm_refund"]);

    bodyOf(await w.client.client.post(w.url(`/refunds/${refund.id}/confirm`)));
    expect(await waiting(w.client)).toEqual([]);
  });

  it("raises a message once it has waited longer than the agreed response time", async () => {
    const w = await buildDeliveryWorld(t, (terms) => ({
      ...terms,
      responseTimes: { clientHours: 48, providerHours: 24 },
    }));
    bodyOf(
      await w.client.client.post(w.url("/messages"), { thread: "engagement", body: "Any news?" }),
      201,
    );
    const askedAt = t.clock.now().getTime();
    t.clock.advance(24 * HOUR);
    expect(await waiting(w.provider)).toEqual([]);
    t.clock.advance(HOUR);
    expect(await waiting(w.provider)).toEqual([
      expect.objectContaining({
        kind: "answer_message",
        thread: "engagement",
        agreedHours: 24,
        dueAt: new Date(askedAt + 24 * HOUR).toISOString(),
      }),
    ]);
    expect(await waiting(w.client)).toEqual([]);
    bodyOf(
      await w.provider.client.post(w.url("/messages"), { thread: "engagement", body: "Tomorrow" }),
      201,
    );
    expect(await waiting(w.provider)).toEqual([]);
  });

  it("orders by deadline, and never shows another organisation's engagements", async () => {
    const w = await buildDeliveryWorld(t, (terms) => ({
      ...terms,
      responseTimes: { clientHours: 1, providerHours: 1 },
    }));
    bodyOf(
      await w.provider.client.post(w.url("/messages"), { thread: "engagement", body: "Ready" }),
      201,
    );
    t.clock.advance(2 * HOUR);
    bodyOf(await submit(w), 201);
    const items = await waiting(w.client);
    // The overdue message (due an hour ago) before the round due in ten days.
    expect(kinds(items)).toEqual(["answer_message", "evaluate_round"]);

    const outsider = await signUpPerson(t.app, "Olga");
    await createOrg(outsider, "client");
    expect(await waiting(outsider)).toEqual([]);
    const other = await buildDeliveryWorld(t);
    bodyOf(await submit(other), 201);
    const clientItems = await waiting(w.client);
    expect(clientItems.every((item) => item.engagementId === w.engagementId)).toBe(true);
    expect((await waiting(other.client)).map((item) => item.engagementId)).toEqual([
      other.engagementId,
    ]);
  });

  it("refuses someone signed out", async () => {
    const anonymous = await t.app.inject({ method: "GET", url: "/api/v1/me/waiting" });
    expect(anonymous.statusCode).toBe(401);
  });
});
