import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sweepDueWork } from "../../../src/server/sweeper";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import {
  answerPayment,
  buildBillingWorld,
  issuedInvoice,
  recordPayment,
  signInAgain,
  type InvoiceBody,
  type PaymentBody,
} from "../billing/billing-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface ClientHealth {
  client: {
    score: number | null;
    cap: { reason: string } | null;
    inputs: { input: string; evidence: { id: string; value: number | null }[] }[];
    improvement: { action: string } | null;
  };
  warnings: { code: string; level: string }[];
}

/**
 * A client that paid and recorded it waits on the provider's confirmation: the days it stays
 * unconfirmed are the provider's, not lateness of the client's. The invoice (4,000.00, due
 * 2026-12-22) is paid 31 days late; the provider then leaves it unconfirmed for 30 more days.
 */
describe.each(DIALECTS)("a payment awaiting the provider's confirmation on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let invoice: InvoiceBody;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildBillingWorld(t);
    invoice = await issuedInvoice(w);
    expect(invoice.dueDate).toBe("2026-12-22");
  });
  afterEach(async () => {
    await t.close();
  });

  /** The clock moves to the day (09:00 UTC), the sweeper assesses health, people sign in again. */
  async function moveTo(day: string) {
    t.clock.set(new Date(`${day}T09:00:00.000Z`));
    await sweepDueWork(t.deps);
    await signInAgain(w.client, w.provider);
  }
  const health = async () => bodyOf<ClientHealth>(await w.provider.client.get(w.url("/health")));
  const daysCounted = (h: ClientHealth) =>
    h.client.inputs.find((i) => i.input === "payment")?.evidence.find((e) => e.id === invoice.id)
      ?.value;
  const recordInFull = async (paidOn: string) =>
    bodyOf<PaymentBody>(
      await recordPayment(w, w.client, invoice.id, {
        amountMinor: invoice.totalMinor,
        currency: "EUR",
        paidOn,
      }),
      201,
    );

  it("counts the invoice paid on the day the client says while it awaits confirmation: no overdue warning, no 60-day cap, no 'pay it' step", async () => {
    await moveTo("2027-01-22");
    await recordInFull("2027-01-22");
    await moveTo("2027-02-21");

    const waiting = await health();
    expect(daysCounted(waiting)).toBe(31);
    expect(waiting.warnings.map((x) => x.code)).not.toContain("overdue_invoice");
    expect(waiting.client.cap).toBeNull();
    expect(waiting.client.improvement?.action ?? null).not.toBe("pay_invoice");
  });

  it("takes the claim back when the provider rejects the payment: 61 days overdue, red, capped at 50", async () => {
    await moveTo("2027-01-22");
    const payment = await recordInFull("2027-01-22");
    await moveTo("2027-02-21");
    bodyOf(await answerPayment(w, w.provider, invoice.id, payment.id, "reject"));

    const rejected = await health();
    expect(daysCounted(rejected)).toBe(61);
    expect(rejected.warnings).toContainEqual(
      expect.objectContaining({ code: "overdue_invoice", level: "red" }),
    );
    expect(rejected.client.cap?.reason).toBe("invoice_over_60_days");
    expect(rejected.client.improvement?.action).toBe("pay_invoice");
  });

  it("keeps the day the client gave once the provider confirms, and a part payment awaiting confirmation leaves the invoice overdue", async () => {
    await moveTo("2027-01-22");
    const part = bodyOf<PaymentBody>(
      await recordPayment(w, w.client, invoice.id, {
        amountMinor: invoice.totalMinor / 2,
        currency: "EUR",
        paidOn: "2027-01-22",
      }),
      201,
    );
    await moveTo("2027-01-25");
    const partly = await health();
    expect(daysCounted(partly)).toBe(34);
    expect(partly.warnings).toContainEqual(
      expect.objectContaining({ code: "overdue_invoice", level: "red" }),
    );

    const rest = bodyOf<PaymentBody>(
      await recordPayment(w, w.client, invoice.id, {
        amountMinor: invoice.totalMinor / 2,
        currency: "EUR",
        paidOn: "2027-01-25",
      }),
      201,
    );
    await moveTo("2027-02-21");
    bodyOf(await answerPayment(w, w.provider, invoice.id, part.id, "confirm"));
    bodyOf(await answerPayment(w, w.provider, invoice.id, rest.id, "confirm"));

    const confirmed = await health();
    expect(daysCounted(confirmed)).toBe(34);
    expect(confirmed.warnings.map((x) => x.code)).not.toContain("overdue_invoice");
    expect(confirmed.client.cap).toBeNull();
  });
});
