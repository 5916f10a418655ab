import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import {
  buildBillingWorld,
  invoicesUrl,
  issuedInvoice,
  paid,
  type InvoiceBody,
} from "../billing/billing-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface ExitBody {
  settlement: {
    settlement: {
      lines: { kind: string; amountMinor: number }[];
      balanceMinor: number;
      document: { kind: string; amountMinor?: number };
    } | null;
  } | null;
}

describe.each(DIALECTS)("late-payment interest in the final settlement on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let claim: InvoiceBody;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    // EUR 12,000.00 fixed, statutory interest agreed: m1 "Design" (4,000.00) and m2 "Launch"
    // (8,000.00) accepted. m2 invoiced on 1 October, due 31 October, paid on 20 November.
    w = await buildBillingWorld(
      t,
      (terms) => ({ ...terms, noticePeriodDays: 30, handOverDuties: [] }),
      { since: "2026-10-01" },
    );
    const late = await issuedInvoice(
      w,
      { source: { kind: "milestone", milestoneId: "m2" } },
      { issueDate: "2026-10-01" },
    );
    await paid(w, late.id, late.totalMinor, "2026-11-20");
    // 8,000.00 × (2.15 % + 8 points) × 20/365 = 44.49, and the fixed 40.00: 84.49, no tax.
    const draft = bodyOf<InvoiceBody>(
      await w.provider.client.post(invoicesUrl(w, `/${late.id}/late-interest/invoice`)),
      201,
    );
    claim = bodyOf<InvoiceBody>(
      await w.provider.client.post(invoicesUrl(w, `/${draft.id}/issue`), {}),
    );
    expect(claim.totalMinor).toBe(8_449);
  });
  afterEach(async () => {
    await t.close();
  });

  const settlementOf = async () =>
    bodyOf<ExitBody>(await w.client.client.get(w.url("/exit"))).settlement?.settlement;

  it("counts the interest invoiced as owed, so paying it never comes off the work", async () => {
    bodyOf(await w.client.client.post(w.url("/exit"), { reason: "notice" }), 201);
    // Owed: 4,000.00 for m1, not invoiced, and the 84.49 of interest, claimed and not yet paid.
    const unpaid = await settlementOf();
    expect(unpaid?.lines.map((line) => [line.kind, line.amountMinor])).toEqual([
      ["milestone_accepted", 400_000],
      ["milestone_accepted", 800_000],
      ["payment", -800_000],
      ["late_interest", 8_449],
    ]);
    expect(unpaid?.balanceMinor).toBe(408_449);

    // Paying the interest settles the interest: m1's 4,000.00 is still owed, to the cent.
    await paid(w, claim.id, claim.totalMinor, "2026-11-22");
    const paidInterest = await settlementOf();
    expect(paidInterest?.balanceMinor).toBe(400_000);
    expect(paidInterest?.document).toEqual({ kind: "final_invoice", amountMinor: 400_000 });
  });

  it("counts nothing of a voided interest claim", async () => {
    bodyOf(
      await w.provider.client.post(invoicesUrl(w, `/${claim.id}/void`), {
        reason: "Waived as a gesture",
      }),
    );
    bodyOf(await w.client.client.post(w.url("/exit"), { reason: "notice" }), 201);
    expect((await settlementOf())?.balanceMinor).toBe(400_000);
  });
});
