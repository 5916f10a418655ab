import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { expectError } from "../api-fixtures";
import {
  buildBillingWorld,
  invoice,
  invoicesUrl,
  issuedInvoice,
  paid,
  refundPaidBack,
} from "../billing/billing-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface ExitBody {
  handOver: { id: string; responsibleSide: string }[];
  settlement: {
    settlement: {
      lines: { kind: string; amountMinor: number }[];
      balanceMinor: number;
      document: { kind: string; amountMinor?: number };
    } | null;
    refundToSettleMinor: number | null;
  } | null;
  isSettled: boolean;
  endedAmicablyAt: string | null;
}

describe.each(DIALECTS)("a credit note on a paid invoice on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    // EUR 12,000.00 fixed: m1 "Design" (4,000.00) accepted, m2 "Launch" (8,000.00) not started.
    w = await buildBillingWorld(
      t,
      (terms) => ({ ...terms, noticePeriodDays: 5, handOverDuties: [] }),
      {
        accept: ["d2"],
      },
    );
  });
  afterEach(async () => {
    await t.close();
  });

  const exitOf = async () => bodyOf<ExitBody>(await w.client.client.get(w.url("/exit")));

  it("is issued up to what the invoice charged, is owed back, and a refund of it with its tax ends the exit", async () => {
    // Design at 4,000.00 + 20% tax = 4,800.00, paid in full.
    const design = await issuedInvoice(w, {
      source: { kind: "milestone", milestoneId: "m1" },
      taxRateBasisPoints: 2000,
    });
    await paid(w, design.id, 480_000, "2026-11-22");
    const credit = (amountMinor: number, reason: string) =>
      w.provider.client.post(invoicesUrl(w, `/${design.id}/credit-notes`), { amountMinor, reason });

    // Until 4 December 2026 a paid invoice could not be credited (409 invoice_not_creditable).
    bodyOf(await credit(120_000, "Design files delivered late"), 201);
    expect(await invoice(w, design.id)).toMatchObject({
      status: "paid",
      creditedMinor: 120_000,
      outstandingMinor: 0,
    });
    // No more than it charged less what was credited: 3,600.00.
    const over = expectError(
      await credit(360_001, "Everything back"),
      422,
      "credit_note_exceeds_outstanding",
    );
    expect(over.message).toContain("3,600.00");

    // The credit note, 1,000.00 net, is owed back: 1,200.00 with its tax.
    bodyOf(await w.client.client.post(w.url("/exit"), { reason: "notice" }), 201);
    for (const item of (await exitOf()).handOver) {
      const as = item.responsibleSide === "client" ? w.client : w.provider;
      bodyOf(await as.client.post(w.url(`/exit/hand-over/${item.id}/done`), {}));
    }
    const owed = await exitOf();
    expect(owed.settlement?.settlement?.lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ["milestone_accepted", 400_000],
      ["payment", -400_000],
      ["credit", -100_000],
    ]);
    expect(owed.settlement?.settlement?.document).toEqual({
      kind: "credit_note",
      amountMinor: 100_000,
    });
    expect(owed.settlement?.refundToSettleMinor).toBe(120_000);

    await refundPaidBack(w, 120_000, "Credit note on the design invoice");
    const ended = await exitOf();
    expect(ended.settlement?.settlement?.balanceMinor).toBe(0);
    expect(ended.isSettled).toBe(true);
    expect(ended.endedAmicablyAt).not.toBeNull();
  });

  it("credits a partly paid invoice by the same rule: what is open comes off, the rest is owed back", async () => {
    // Design at 4,000.00 + 20% tax = 4,800.00, of which 4,790.00 is paid: 10.00 open.
    const design = await issuedInvoice(w, {
      source: { kind: "milestone", milestoneId: "m1" },
      taxRateBasisPoints: 2000,
    });
    await paid(w, design.id, 479_000, "2026-11-22");
    // Until 4 December 2026 this invoice could be credited by 10.00 only, while paying that last
    // 10.00 would have let the same credit note take up to 4,800.00.
    bodyOf(
      await w.provider.client.post(invoicesUrl(w, `/${design.id}/credit-notes`), {
        amountMinor: 120_000,
        reason: "Design files delivered late",
      }),
      201,
    );
    expect(await invoice(w, design.id)).toMatchObject({
      status: "paid",
      creditedMinor: 120_000,
      outstandingMinor: 0,
    });
    const over = expectError(
      await w.provider.client.post(invoicesUrl(w, `/${design.id}/credit-notes`), {
        amountMinor: 360_001,
        reason: "Everything back",
      }),
      422,
      "credit_note_exceeds_outstanding",
    );
    expect(over.message).toContain("3,600.00");

    // 10.00 of the credit note lowered what was owed; 1,190.00 of it was paid and is owed back.
    bodyOf(await w.client.client.post(w.url("/exit"), { reason: "notice" }), 201);
    const owed = await exitOf();
    expect(owed.settlement?.refundToSettleMinor).toBe(119_000);
  });
});
