import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatDay, formatMoney } from "../../../src/i18n/format";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { expectError, expectErrorAt, type LedgerEventBody } from "../api-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import {
  bodyOf,
  joinAs,
  submittedProposal,
  type ProposalBody,
} from "../proposals-agreements/proposal-fixtures";
import {
  answerPayment,
  buildBillingWorld,
  draftInvoice,
  invoice,
  invoicesUrl,
  issuedInvoice,
  newKey,
  paid,
  recordPayment,
  type InvoiceBody,
  type PaymentBody,
} from "./billing-fixtures";

describe.each(DIALECTS)("payments and credit notes on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let issued: InvoiceBody;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildBillingWorld(t);
    issued = await issuedInvoice(w); // m1: EUR 4,000.00, due 2026-12-22
  });
  afterEach(async () => {
    await t.close();
  });

  const pay = (amountMinor: unknown, extra: Record<string, unknown> = {}, key = newKey()) =>
    recordPayment(
      w,
      w.client,
      issued.id,
      { amountMinor, currency: "EUR", paidOn: "2026-11-22", ...extra },
      key,
    );
  const types = async () =>
    bodyOf<{ events: LedgerEventBody[] }>(await w.client.client.get(w.url("/events"))).events.map(
      (e) => e.type,
    );

  it("counts a payment once the other side confirms it: partly paid, then paid", async () => {
    const recorded = bodyOf<PaymentBody>(await pay(150_000, { reference: "SEPA 4411" }), 201);
    expect(recorded).toMatchObject({
      status: "recorded",
      recordedSide: "client",
      amountMinor: 150_000,
      reference: "SEPA 4411",
    });
    expect(await invoice(w, issued.id)).toMatchObject({
      status: "issued",
      paidMinor: 0,
      awaitingConfirmationMinor: 150_000,
      outstandingMinor: 400_000,
    });
    bodyOf(await answerPayment(w, w.provider, issued.id, recorded.id, "confirm"));
    expect(await invoice(w, issued.id, w.client)).toMatchObject({
      status: "partly_paid",
      paidMinor: 150_000,
      outstandingMinor: 250_000,
    });

    // The provider records money it received; the client confirms that one.
    const received = bodyOf<PaymentBody>(
      await recordPayment(w, w.provider, issued.id, {
        amountMinor: 250_000,
        currency: "EUR",
        paidOn: "2026-11-22",
      }),
      201,
    );
    expect(received.recordedSide).toBe("provider");
    bodyOf(await answerPayment(w, w.client, issued.id, received.id, "confirm"));
    const settled = await invoice(w, issued.id);
    expect(settled).toMatchObject({ status: "paid", outstandingMinor: 0, paidMinor: 400_000 });
    expect(settled.reminders.map((r) => [r.status, r.reason])).toEqual(
      Array(5).fill(["cancelled", "paid"]),
    );
    expect((await types()).slice(-4)).toEqual([
      "payment.recorded",
      "payment.confirmed",
      "payment.recorded",
      "payment.confirmed",
    ]);
    expectError(await pay(1), 409, "invoice_not_payable");
  });

  it("answers a retried payment with the one already recorded, and refuses a reused key", async () => {
    const key = newKey();
    const first = await pay(100_000, {}, key);
    expect(first.statusCode).toBe(201);
    const retry = await pay(100_000, {}, key);
    expect(retry.statusCode).toBe(200);
    expect(retry.json<PaymentBody>().id).toBe(first.json<PaymentBody>().id);
    expectError(await pay(100_001, {}, key), 409, "idempotency_key_reused");
    expect((await invoice(w, issued.id)).payments).toHaveLength(1);
    // Still the same answer once the payment is confirmed and more has been paid.
    bodyOf(await answerPayment(w, w.provider, issued.id, first.json<PaymentBody>().id, "confirm"));
    expect((await pay(100_000, {}, key)).statusCode).toBe(200);
    const missing = expectError(
      await recordPayment(
        w,
        w.client,
        issued.id,
        { amountMinor: 1, currency: "EUR", paidOn: "2026-11-22" },
        null,
      ),
      400,
      "validation_failed",
    );
    expect(missing.fields?.map((f) => f.path)).toEqual(["idempotency-key"]);
  });

  it("refuses over-payment, naming what is still open in the reader's own format", async () => {
    const french = await joinAs(t, w.client, w.clientOrg, "Françoise", "member", "fr");
    bodyOf(await pay(300_000), 201); // awaiting confirmation: counts against what is open
    const refused = expectErrorAt(
      await recordPayment(w, french, issued.id, {
        amountMinor: 100_001,
        currency: "EUR",
        paidOn: "2026-11-22",
      }),
      422,
      "payment_exceeds_outstanding",
      "amountMinor",
    );
    expect(refused.message).toContain(formatMoney("fr", 100_000, "EUR"));
    expect(refused.message).toContain(issued.number);
    expect((await invoice(w, issued.id)).payments).toHaveLength(1);
  });

  it("takes a payment dated from the day the engagement began to today, naming the limit in the reader's language otherwise", async () => {
    const french = await joinAs(t, w.client, w.clientOrg, "Françoise", "member", "fr");
    const payAs = (paidOn: string) =>
      recordPayment(w, french, issued.id, { amountMinor: 1000, currency: "EUR", paidOn });
    for (const [paidOn, code, limit] of [
      ["1900-01-01", "paid_on_before_engagement", "2026-11-22"],
      ["2026-11-21", "paid_on_before_engagement", "2026-11-22"],
      ["2026-11-23", "paid_on_in_future", "2026-11-22"],
      ["9999-12-31", "paid_on_in_future", "2026-11-22"],
    ] as const) {
      const refused = expectError(await payAs(paidOn), 400, "validation_failed");
      expect(refused.fields, paidOn).toEqual([expect.objectContaining({ path: "paidOn", code })]);
      const message = refused.fields?.[0]?.message ?? "";
      // French writes the first of a month "1er": the year says 1900-01-01 is named.
      expect(message, paidOn).toContain(
        paidOn.endsWith("-01") ? paidOn.slice(0, 4) : formatDay("fr", paidOn),
      );
      expect(message, paidOn).toContain(formatDay("fr", limit));
    }
    expect((await invoice(w, issued.id)).payments).toEqual([]);
    // The day the engagement began: an advance before the invoice was issued is a payment too.
    bodyOf(await payAs("2026-11-22"), 201);
  });

  it("refuses bad amounts, another currency, a day to come, and a void or draft invoice", async () => {
    for (const amount of [0, -5, 1.5, "100", null]) {
      const error = expectError(await pay(amount), 400, "validation_failed");
      expect(
        error.fields?.map((f) => f.path),
        String(amount),
      ).toEqual(["amountMinor"]);
    }
    expectErrorAt(
      await pay(1000, { currency: "USD" }),
      422,
      "payment_currency_mismatch",
      "currency",
    );
    expect(
      expectError(await pay(1000, { currency: "EURO" }), 400, "validation_failed").fields?.[0]
        ?.path,
    ).toBe("currency");
    expect(
      expectError(await pay(1000, { paidOn: "2026-11-23" }), 400, "validation_failed").fields,
    ).toEqual([expect.objectContaining({ path: "paidOn", code: "paid_on_in_future" })]);

    const draft = await draftInvoice(w, { source: { kind: "milestone", milestoneId: "m2" } });
    expectError(
      await recordPayment(w, w.provider, draft.id, {
        amountMinor: 1,
        currency: "EUR",
        paidOn: "2026-11-22",
      }),
      409,
      "invoice_not_payable",
    );
    expectError(
      await recordPayment(w, w.client, draft.id, {
        amountMinor: 1,
        currency: "EUR",
        paidOn: "2026-11-22",
      }),
      404,
      "not_found",
    );
    bodyOf(
      await w.provider.client.post(invoicesUrl(w, `/${issued.id}/void`), { reason: "Duplicate" }),
    );
    const onVoid = expectError(await pay(1000), 409, "invoice_not_payable");
    expect(onVoid.message).toContain("void");
    expect((await invoice(w, issued.id)).payments).toEqual([]);
  });

  it("leaves the answer to the other side, once, and frees a rejected amount", async () => {
    const viewer = await joinAs(t, w.provider, w.providerOrg, "Vera", "viewer");
    const recorded = bodyOf<PaymentBody>(await pay(400_000), 201);
    expectError(
      await answerPayment(w, w.client, issued.id, recorded.id, "confirm"),
      403,
      "payment_same_side",
    );
    expectError(
      await answerPayment(w, viewer, issued.id, recorded.id, "confirm"),
      403,
      "forbidden",
    );
    expectErrorAt(await pay(1), 422, "payment_exceeds_outstanding", "amountMinor");
    const rejected = bodyOf<PaymentBody>(
      await answerPayment(w, w.provider, issued.id, recorded.id, "reject"),
    );
    expect(rejected.status).toBe("rejected");
    // Answering the same way again is a harmless retry; the opposite answer is refused.
    expect(
      bodyOf<PaymentBody>(await answerPayment(w, w.provider, issued.id, recorded.id, "reject"))
        .status,
    ).toBe("rejected");
    expectError(
      await answerPayment(w, w.provider, issued.id, recorded.id, "confirm"),
      409,
      "payment_already_decided",
    );
    expect(await invoice(w, issued.id)).toMatchObject({
      status: "issued",
      outstandingMinor: 400_000,
    });
    bodyOf(await pay(400_000), 201);
  });

  it("issues a credit note once: the same amount and reason again, at once or retyped, is refused by its number", async () => {
    const credit = (body: { amountMinor: number; reason: string }) =>
      w.provider.client.post(invoicesUrl(w, `/${issued.id}/credit-notes`), body);
    const goodwill = { amountMinor: 50_000, reason: "Late delivery of the design files" };
    // A double click: two identical requests at once, one credit note.
    const answers = await Promise.all([credit(goodwill), credit(goodwill)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const first = answers.find((a) => a.statusCode === 201)!.json<{ number: string }>();
    const again = expectError(
      await credit({ ...goodwill, reason: " late delivery of the DESIGN files" }),
      409,
      "credit_note_repeated",
    );
    expect(again.message).toBe(
      `Credit note ${first.number} already lowers this invoice by €500.00 for this reason: it is not issued twice.`,
    );
    expect(await invoice(w, issued.id)).toMatchObject({
      creditedMinor: 50_000,
      creditNotes: [{ number: first.number }],
    });
    // Another amount, or another reason, is another credit note.
    bodyOf(await credit({ ...goodwill, amountMinor: 10_000 }), 201);
    bodyOf(await credit({ ...goodwill, reason: "A second late delivery" }), 201);
  });

  it("finds no invoice of another engagement of the same provider: 404 before any repeat check, nothing written", async () => {
    const goodwill = { amountMinor: 50_000, reason: "Late delivery of the design files" };
    bodyOf(
      await w.provider.client.post(invoicesUrl(w, `/${issued.id}/credit-notes`), goodwill),
      201,
    );
    // A second engagement between the same two organisations: the brief stays open to proposals.
    const second = bodyOf<ProposalBody>(
      await w.client.client.post(`/api/v1/proposals/${(await submittedProposal(w)).id}/accept`, {
        keepBriefOpen: true,
      }),
    );
    const otherUrl = `/api/v1/engagements/${second.engagementId}/invoices/${issued.id}/credit-notes`;
    // The same credit note again, and a new one, through the other engagement: not its invoice.
    expectError(await w.provider.client.post(otherUrl, goodwill), 404, "not_found");
    expectError(
      await w.provider.client.post(otherUrl, { ...goodwill, amountMinor: 1_000 }),
      404,
      "not_found",
    );
    expect(await invoice(w, issued.id)).toMatchObject({
      creditedMinor: 50_000,
      creditNotes: [{ amountMinor: 50_000 }],
    });
  });

  it("lowers what is owed with numbered credit notes, never the invoice itself", async () => {
    await paid(w, issued.id, 100_000, "2026-11-22");
    expectError(
      await w.client.client.post(invoicesUrl(w, `/${issued.id}/credit-notes`), {
        amountMinor: 1000,
        reason: "Goodwill",
      }),
      403,
      "forbidden",
    );
    const tooMuch = expectErrorAt(
      await w.provider.client.post(invoicesUrl(w, `/${issued.id}/credit-notes`), {
        amountMinor: 400_001,
        reason: "Too much",
      }),
      422,
      "credit_note_exceeds_outstanding",
      "amountMinor",
    );
    // Up to what the invoice charged, whatever was paid: money paid on what is credited is
    // owed back (until 4 December 2026 a partly paid invoice stopped at what was open, €3,000.00).
    expect(tooMuch.message).toContain("€4,000.00");
    const note = bodyOf<{ number: string; amountMinor: number }>(
      await w.provider.client.post(invoicesUrl(w, `/${issued.id}/credit-notes`), {
        amountMinor: 50_000,
        reason: "Late delivery of the design files",
      }),
      201,
    );
    expect(note.number).toMatch(/^[A-Z0-9]+CN-0001$/);
    const after = await invoice(w, issued.id, w.client);
    expect(after).toMatchObject({
      status: "partly_paid",
      totalMinor: 400_000,
      creditedMinor: 50_000,
      outstandingMinor: 250_000,
    });
    expectError(
      await w.provider.client.post(invoicesUrl(w, `/${issued.id}/void`), { reason: "No" }),
      409,
      "invoice_void_after_payment",
    );
    bodyOf(
      await w.provider.client.post(invoicesUrl(w, `/${issued.id}/credit-notes`), {
        amountMinor: 250_000,
        reason: "Settled by agreement",
      }),
      201,
    );
    expect((await invoice(w, issued.id)).status).toBe("paid");
    expect((await types()).filter((type) => type === "credit_note.issued")).toHaveLength(2);
  });

  it("keeps an invoice with a payment awaiting an answer, or a credit note, from being voided", async () => {
    const recorded = bodyOf<PaymentBody>(await pay(1000), 201);
    expectError(
      await w.provider.client.post(invoicesUrl(w, `/${issued.id}/void`), { reason: "Wrong" }),
      409,
      "invoice_payment_awaiting_answer",
    );
    bodyOf(await answerPayment(w, w.provider, issued.id, recorded.id, "reject"));
    bodyOf(
      await w.provider.client.post(invoicesUrl(w, `/${issued.id}/credit-notes`), {
        amountMinor: 1000,
        reason: "Rounding",
      }),
      201,
    );
    expectError(
      await w.provider.client.post(invoicesUrl(w, `/${issued.id}/void`), { reason: "Wrong" }),
      409,
      "invoice_void_after_credit_note",
    );
  });
});
