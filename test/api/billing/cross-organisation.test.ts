import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { expectError } from "../api-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import {
  buildBillingWorld,
  draftInvoice,
  invoicesUrl,
  issuedInvoice,
  newKey,
  recordPayment,
  type InvoiceBody,
  type PaymentBody,
} from "./billing-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

describe.each(DIALECTS)("billing across organisations on %s", (dialect) => {
  let t: TestApp;
  let a: DeliveryWorld;
  let b: DeliveryWorld;
  let issued: InvoiceBody;
  let payment: PaymentBody;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    a = await buildBillingWorld(t);
    b = await buildBillingWorld(t);
    issued = await issuedInvoice(a);
    payment = bodyOf<PaymentBody>(
      await recordPayment(a, a.client, issued.id, {
        amountMinor: 1000,
        currency: "EUR",
        paidOn: "2026-11-22",
      }),
      201,
    );
  });
  afterEach(async () => {
    await t.close();
  });

  it("shows another engagement's invoices, payments and records to nobody else", async () => {
    const invoice = (path = "") => invoicesUrl(a, `/${issued.id}${path}`);
    for (const outsider of [b.client, b.provider]) {
      for (const url of [
        invoicesUrl(a),
        invoice(),
        invoice("/pdf"),
        invoice("/late-interest"),
        invoice("/early-payment-check?offeredMinor=1&payOn=2026-11-22"),
        a.url("/payment-record"),
        a.url("/remuneration-trend"),
        `/api/v1/orgs/${a.clientOrg.id}/payment-record`,
        `/api/v1/orgs/${a.providerOrg.id}/invoices.csv`,
        `/api/v1/orgs/${a.clientOrg.id}/payments.csv`,
        `/api/v1/orgs/${a.providerOrg.id}/reminder-schedule`,
      ]) {
        const response = await outsider.client.get(url);
        expectError(response, 404, "not_found");
        expect(response.body).not.toContain(issued.number);
      }
      for (const [url, body] of [
        [invoicesUrl(a), { source: { kind: "manual" }, lines: [] }],
        [invoice("/issue"), {}],
        [invoice("/void"), { reason: "No" }],
        [invoice("/credit-notes"), { amountMinor: 1, reason: "No" }],
        [invoice("/late-interest/invoice"), {}],
        [invoice(`/payments/${payment.id}/confirm`), {}],
        [invoice(`/payments/${payment.id}/reject`), {}],
      ] as const) {
        expectError(await outsider.client.post(url, body), 404, "not_found");
      }
      expectError(
        await recordPayment(a, outsider, issued.id, {
          amountMinor: 1,
          currency: "EUR",
          paidOn: "2026-11-22",
        }),
        404,
        "not_found",
      );
    }
    // B's own people reach A's invoice through B's engagement no better.
    expectError(await b.provider.client.get(invoicesUrl(b, `/${issued.id}`)), 404, "not_found");
    expectError(
      await b.provider.client.post(invoicesUrl(b, `/${issued.id}/payments/${payment.id}/confirm`)),
      404,
      "not_found",
    );
    expect((await a.provider.client.get(invoice())).json<InvoiceBody>().payments[0]?.status).toBe(
      "recorded",
    );
  });

  it("keeps the client's hands off the provider's invoicing and drafts", async () => {
    const draft = await draftInvoice(a, {
      source: { kind: "milestone", milestoneId: "m2" },
    });
    expectError(
      await a.client.client.post(invoicesUrl(a), { source: { kind: "manual" } }),
      403,
      "forbidden",
    );
    expectError(
      await a.client.client.post(invoicesUrl(a, `/${draft.id}/issue`), {}),
      403,
      "forbidden",
    );
    expectError(
      await a.client.client.post(invoicesUrl(a, `/${issued.id}/void`), { reason: "No" }),
      403,
      "forbidden",
    );
    expectError(
      await a.client.client.post(invoicesUrl(a, `/${issued.id}/late-interest/invoice`)),
      403,
      "forbidden",
    );
    expectError(
      await recordPayment(
        a,
        a.client,
        draft.id,
        { amountMinor: 1, currency: "EUR", paidOn: "2026-11-22" },
        newKey(),
      ),
      404,
      "not_found",
    );
  });
});
