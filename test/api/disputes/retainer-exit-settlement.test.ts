import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import {
  buildBillingWorld,
  issuedInvoice,
  paid,
  recordRefund,
  refundPaidBack,
  monthlyRetainerTerms,
} from "../billing/billing-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface ExitBody {
  exitDate: string;
  handOver: { id: string; responsibleSide: string }[];
  settlement: {
    settlement: {
      lines: { kind: string; amountMinor: number }[];
      balanceMinor: number;
      document: { kind: string; amountMinor?: number };
    } | null;
    refundToSettleMinor: number | null;
    unavailableReason: string | null;
  } | null;
  isSettled: boolean;
  endedAmicablyAt: string | null;
}

describe.each(DIALECTS)("the final settlement of a retainer on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    // In force on 22 November 2026, mid-month, as most agreements are: 3,000.00 a calendar
    // month, five days' notice.
    w = await buildBillingWorld(t, monthlyRetainerTerms, { accept: [] });
  });
  afterEach(async () => {
    await t.close();
  });

  const exitOf = async () => bodyOf<ExitBody>(await w.client.client.get(w.url("/exit")));

  it("counts from the period the agreement came into force in, as billing does, and a refund of what was paid ahead ends it", async () => {
    // Billing invoices November, the period the engagement began in, in full; the client pays.
    const invoice = await issuedInvoice(w, {
      source: { kind: "retainer", periodStart: "2026-11-01" },
    });
    await paid(w, invoice.id, 300_000, "2026-11-22");
    bodyOf(await w.client.client.post(w.url("/exit"), { reason: "notice" }), 201);

    // Exit on 27 November: 27 of November's 30 days, 2,700.00; 300.00 was paid ahead. Until
    // 4 December 2026 a retainer in force from any day but a period's first had no settlement
    // (`retainer_start_invalid`), so its exit could never end.
    const owed = await exitOf();
    expect(owed.exitDate).toBe("2026-11-27");
    expect(owed.settlement?.unavailableReason).toBeNull();
    expect(owed.settlement?.settlement?.lines[0]).toEqual({
      kind: "retainer_partial",
      daysServed: 27,
      daysInPeriod: 30,
      amountMinor: 270_000,
    });
    expect(owed.settlement?.settlement?.document).toEqual({
      kind: "credit_note",
      amountMinor: 30_000,
    });

    for (const item of owed.handOver) {
      const as = item.responsibleSide === "client" ? w.client : w.provider;
      bodyOf(await as.client.post(w.url(`/exit/hand-over/${item.id}/done`), {}));
    }
    await refundPaidBack(w, 30_000, "November paid ahead");
    const ended = await exitOf();
    expect(ended.settlement?.settlement?.balanceMinor).toBe(0);
    expect(ended.isSettled).toBe(true);
    expect(ended.endedAmicablyAt).not.toBeNull();
  });

  it("under tax says the refund with its tax that brings the balance to zero, and paying it ends the exit", async () => {
    // November at 3,000.00 + 20% tax = 3,600.00, paid; 300.00 net was paid ahead, 360.00 gross.
    const invoice = await issuedInvoice(w, {
      source: { kind: "retainer", periodStart: "2026-11-01" },
      taxRateBasisPoints: 2000,
    });
    await paid(w, invoice.id, 360_000, "2026-11-22");
    bodyOf(await w.client.client.post(w.url("/exit"), { reason: "notice" }), 201);
    for (const item of (await exitOf()).handOver) {
      const as = item.responsibleSide === "client" ? w.client : w.provider;
      bodyOf(await as.client.post(w.url(`/exit/hand-over/${item.id}/done`), {}));
    }

    // Until 4 December 2026 the exit showed only the net 300.00; paying that back left 50.00
    // owed for ever.
    const owed = await exitOf();
    expect(owed.settlement?.settlement?.document).toEqual({
      kind: "credit_note",
      amountMinor: 30_000,
    });
    expect(owed.settlement?.refundToSettleMinor).toBe(36_000);

    // Paid back in two instalments, the second the figure the exit then shows.
    const first = await recordRefund(w, 10_001, "First part");
    // Recorded and awaiting the client's answer, it is no longer asked for again.
    expect((await exitOf()).settlement?.refundToSettleMinor).toBe(25_999);
    bodyOf(await w.client.client.post(w.url(`/refunds/${first.id}/confirm`)));
    const rest = (await exitOf()).settlement?.refundToSettleMinor;
    expect(rest).toBe(25_999);
    await refundPaidBack(w, rest ?? 0, "The rest");
    const ended = await exitOf();
    expect(ended.settlement?.settlement?.balanceMinor).toBe(0);
    expect(ended.settlement?.refundToSettleMinor).toBeNull();
    expect(ended.isSettled).toBe(true);
    expect(ended.endedAmicablyAt).not.toBeNull();
  });
});
