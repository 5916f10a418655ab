import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatDay, formatMoney } from "../../../src/i18n/format";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { expectError, type LedgerEventBody } from "../api-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, joinAs } from "../proposals-agreements/proposal-fixtures";
import { buildBillingWorld, issuedInvoice, paid } from "./billing-fixtures";

interface RefundBody {
  id: string;
  amountMinor: number;
  currency: string;
  paidOn: string;
  reference: string;
  status: "recorded" | "confirmed" | "rejected";
  abilities: { answer: boolean };
}

interface RefundListBody {
  refunds: RefundBody[];
  nextCursor: string | null;
  currency: string;
  paidMinor: number;
  refundedMinor: number;
  awaitingConfirmationMinor: number;
  openToRefundMinor: number;
}

describe.each(DIALECTS)("refunds paid back to the client on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildBillingWorld(t);
    const invoice = await issuedInvoice(w); // m1: EUR 4,000.00
    await paid(w, invoice.id, 400_000, "2026-11-22");
  });
  afterEach(async () => {
    await t.close();
  });

  const refund = (body: Record<string, unknown>, as: Person = w.provider) =>
    as.client.post(w.url("/refunds"), {
      amountMinor: 100_000,
      currency: "EUR",
      paidOn: "2026-11-22",
      ...body,
    });
  const answer = (id: string, decision: "confirm" | "reject", as: Person = w.client) =>
    as.client.post(w.url(`/refunds/${id}/${decision}`));
  const list = async (as: Person = w.client) =>
    bodyOf<RefundListBody>(await as.client.get(w.url("/refunds")));
  const refundEvents = async () =>
    bodyOf<{ events: LedgerEventBody[] }>(
      await w.client.client.get(w.url("/events")),
    ).events.filter((e) => e.type.startsWith("refund."));

  it("counts a refund once the client confirms it, and leaves the rest open to refund", async () => {
    const recorded = bodyOf<RefundBody>(await refund({ reference: "SEPA 77" }), 201);
    expect(recorded).toMatchObject({
      status: "recorded",
      amountMinor: 100_000,
      reference: "SEPA 77",
      abilities: { answer: false },
    });
    const seenByClient = await list();
    expect(seenByClient).toMatchObject({
      currency: "EUR",
      paidMinor: 400_000,
      refundedMinor: 0,
      awaitingConfirmationMinor: 100_000,
      openToRefundMinor: 300_000,
      nextCursor: null,
    });
    expect(seenByClient.refunds.map((r) => r.abilities.answer)).toEqual([true]);

    const confirmed = bodyOf<RefundBody>(await answer(recorded.id, "confirm"));
    expect(confirmed).toMatchObject({ status: "confirmed", abilities: { answer: false } });
    expect(await list(w.provider)).toMatchObject({
      refundedMinor: 100_000,
      awaitingConfirmationMinor: 0,
      openToRefundMinor: 300_000,
    });
    expect((await refundEvents()).map((e) => [e.type, e.payload])).toEqual([
      [
        "refund.recorded",
        { refundId: recorded.id, amountMinor: 100_000, currency: "EUR", paidOn: "2026-11-22" },
      ],
      ["refund.confirmed", { refundId: recorded.id, amountMinor: 100_000, currency: "EUR" }],
    ]);
    // Both organisations' accounting exports hold it; neither reads the other's.
    for (const [as, org] of [
      [w.client, w.clientOrg],
      [w.provider, w.providerOrg],
    ] as const) {
      const csv = await as.client.get(`/api/v1/orgs/${org.id}/refunds.csv`);
      expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(csv.body.split("\r\n")).toEqual([
        "refund_id,engagement_id,engagement,paid_on,currency,amount,status,reference,recorded_at,answered_at",
        expect.stringMatching(
          new RegExp(
            `^${recorded.id},${w.engagementId},.+,2026-11-22,EUR,1000\\.00,confirmed,SEPA 77,.+,.+$`,
          ),
        ),
        "",
      ]);
    }
    expectError(
      await w.provider.client.get(`/api/v1/orgs/${w.clientOrg.id}/refunds.csv`),
      404,
      "not_found",
    );
    // The archive either side keeps holds it too.
    const archive = bodyOf<{ refunds: RefundBody[] }>(await w.client.client.get(w.url("/archive")));
    expect(archive.refunds.map((r) => [r.id, r.status])).toEqual([[recorded.id, "confirmed"]]);
  });

  it("carries the engagement's totals on every page of refunds, the same as on the whole list", async () => {
    const confirmed = bodyOf<RefundBody>(await refund({ amountMinor: 100_000 }), 201);
    bodyOf(await answer(confirmed.id, "confirm"));
    const rejected = bodyOf<RefundBody>(await refund({ amountMinor: 50_000 }), 201);
    bodyOf(await answer(rejected.id, "reject"));
    bodyOf<RefundBody>(await refund({ amountMinor: 70_000 }), 201);
    const totals = {
      currency: "EUR",
      paidMinor: 400_000,
      refundedMinor: 100_000,
      awaitingConfirmationMinor: 70_000,
      openToRefundMinor: 230_000,
    };
    const whole = await list();
    expect(whole).toMatchObject(totals);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=1&cursor=${cursor}` : "?limit=1";
      const page = bodyOf<RefundListBody>(await w.client.client.get(w.url(`/refunds${query}`)));
      expect(page.refunds).toHaveLength(1);
      expect(page).toMatchObject(totals);
      seen.push(...page.refunds.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(whole.refunds.map((r) => r.id));
  });

  it("frees a rejected refund's amount, answers a retry as it stands and refuses the other answer", async () => {
    const recorded = bodyOf<RefundBody>(await refund({ amountMinor: 400_000 }), 201);
    expect((await list()).openToRefundMinor).toBe(0);
    bodyOf(await answer(recorded.id, "reject"));
    expect((await list()).openToRefundMinor).toBe(400_000);
    // The same answer again is a retry: the refund as it stands, no second event.
    expect(bodyOf<RefundBody>(await answer(recorded.id, "reject")).status).toBe("rejected");
    expectError(await answer(recorded.id, "confirm"), 409, "refund_already_decided");

    const again = bodyOf<RefundBody>(await refund({ amountMinor: 400_000 }), 201);
    bodyOf(await answer(again.id, "confirm"));
    expect(bodyOf<RefundBody>(await answer(again.id, "confirm")).status).toBe("confirmed");
    const other = expectError(await answer(again.id, "reject"), 409, "refund_already_decided");
    expect(other.message).toContain("confirmed");
    expect((await refundEvents()).map((e) => e.type)).toEqual([
      "refund.recorded",
      "refund.rejected",
      "refund.recorded",
      "refund.confirmed",
    ]);
  });

  it("lets only the provider record and only the client answer", async () => {
    expectError(await refund({}, w.client), 403, "forbidden");
    const recorded = bodyOf<RefundBody>(await refund({}), 201);
    expectError(await answer(recorded.id, "confirm", w.provider), 403, "forbidden");
    const viewer = await joinAs(t, w.client, w.clientOrg, "Vera", "viewer");
    expectError(await answer(recorded.id, "confirm", viewer), 403, "forbidden");
    expect((await list(viewer)).refunds.map((r) => r.abilities.answer)).toEqual([false]);
    expectError(await answer("no-such-refund", "confirm"), 404, "not_found");
    expect((await list()).refunds.map((r) => r.status)).toEqual(["recorded"]);
  });

  it("refuses more than the client paid less refunds recorded, naming what is open in the reader's format", async () => {
    const french = await joinAs(t, w.provider, w.providerOrg, "Françoise", "member", "fr");
    bodyOf(await refund({ amountMinor: 150_000 }), 201); // awaiting an answer: counts as given
    const refused = expectError(
      await refund({ amountMinor: 250_001 }, french),
      422,
      "refund_exceeds_refundable",
    );
    expect(refused.message).toContain(formatMoney("fr", 250_000, "EUR"));
    expect(refused.fields).toEqual([
      expect.objectContaining({ path: "amountMinor", code: "refund_exceeds_refundable" }),
    ]);
    expect((await list()).refunds).toHaveLength(1);
    expect(await refundEvents()).toHaveLength(1);
    bodyOf(await refund({ amountMinor: 250_000 }), 201);
  });

  it("refuses a bad amount, another currency, and a day before the engagement or to come", async () => {
    for (const amount of [0, -5, 1.5, "100", null]) {
      const error = expectError(await refund({ amountMinor: amount }), 400, "validation_failed");
      expect(
        error.fields?.map((f) => f.path),
        String(amount),
      ).toEqual(["amountMinor"]);
    }
    const currency = expectError(
      await refund({ currency: "USD" }),
      422,
      "refund_currency_mismatch",
    );
    expect(currency.fields?.map((f) => f.path)).toEqual(["currency"]);

    const french = await joinAs(t, w.provider, w.providerOrg, "Françoise", "member", "fr");
    for (const [paidOn, code, limit] of [
      ["2026-11-21", "paid_on_before_engagement", "2026-11-22"],
      ["2026-11-23", "paid_on_in_future", "2026-11-22"],
    ] as const) {
      const refused = expectError(await refund({ paidOn }, french), 400, "validation_failed");
      expect(refused.fields, paidOn).toEqual([expect.objectContaining({ path: "paidOn", code })]);
      expect(refused.fields?.[0]?.message, paidOn).toContain(formatDay("fr", paidOn));
      expect(refused.fields?.[0]?.message, paidOn).toContain(formatDay("fr", limit));
    }
    expect((await list()).refunds).toEqual([]);
    expect(await refundEvents()).toEqual([]);
  });

  it("records the same refund once: a second identical request, or two at once, is 409", async () => {
    const body = { amountMinor: 50_000, reference: "SEPA 77" };
    bodyOf(await refund(body), 201);
    const repeated = expectError(
      await refund({ ...body, reference: " sepa 77 " }),
      409,
      "refund_repeated",
    );
    expect(repeated.message).toContain(formatMoney("en", 50_000, "EUR"));

    const other = { amountMinor: 70_000, reference: "SEPA 78" };
    const [first, second] = await Promise.all([refund(other), refund(other)]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([201, 409]);
    expect((await list()).refunds.map((r) => r.amountMinor)).toEqual([50_000, 70_000]);
    expect(await refundEvents()).toHaveLength(2);
  });
});
