import { afterEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../support/databases";
import { buildTestApp, type TestApp } from "../support/test-app";
import {
  buildBillingWorld,
  issuedInvoice,
  newKey,
  recordPayment,
  type PaymentBody,
} from "../api/billing/billing-fixtures";

describe.each(DIALECTS)("idempotent payments on %s", (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it("records one payment however many times, and at once, the same request is sent", async () => {
    const app = await buildTestApp(dialect);
    t = app;
    const w = await buildBillingWorld(app);
    const invoice = await issuedInvoice(w);
    const key = newKey();
    const body = { amountMinor: 250_000, currency: "EUR", paidOn: "2026-11-22", reference: "T-1" };

    const answers = await Promise.all(
      Array.from({ length: 8 }, () => recordPayment(w, w.client, invoice.id, body, key)),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json<PaymentBody>().id)).size).toBe(1);

    // Concurrent payments under different keys still cannot together exceed what is open.
    const others = await Promise.all(
      [100_000, 100_000].map((amountMinor) =>
        recordPayment(w, w.client, invoice.id, { ...body, amountMinor }, newKey()),
      ),
    );
    expect(others.map((a) => a.statusCode).sort()).toEqual([201, 422]);

    const rows = await app.deps.db
      .selectFrom("payments")
      .select(["idempotency_key", "amount_minor"])
      .where("invoice_id", "=", invoice.id)
      .execute();
    expect(rows.map((r) => Number(r.amount_minor)).sort()).toEqual([100_000, 250_000]);
    const recorded = await app.deps.db
      .selectFrom("engagement_events")
      .select("type")
      .where("engagement_id", "=", w.engagementId)
      .where("type", "=", "payment.recorded")
      .execute();
    expect(recorded).toHaveLength(2);
  });
});
