import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { DAY_MS, expectError } from "../api-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import {
  buildBillingWorld,
  invoicesUrl,
  issuedInvoice,
  paid,
  type InvoiceBody,
} from "./billing-fixtures";

interface LateInterestBody {
  asOf: string;
  isAgreed: boolean;
  lines: {
    from: string;
    to: string;
    days: number;
    principalMinor: number;
    annualRateBasisPoints: number;
    interestMinor: number;
  }[];
  interestMinor: number;
  compensationMinor: number | null;
  totalMinor: number;
  notes: { code: string; message: string }[];
  claimed: { interestMinor: number; isCompensationClaimed: boolean };
  claimable: { interestMinor: number; compensationMinor: number; totalMinor: number };
}

const brief = (body: LateInterestBody) =>
  body.lines.map((l) => [
    l.from,
    l.to,
    l.days,
    l.principalMinor,
    l.annualRateBasisPoints,
    l.interestMinor,
  ]);

describe.each(DIALECTS)("late interest on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let late: InvoiceBody;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildBillingWorld(t, undefined, { since: "2026-10-01" });
    // EUR 8,000.00 issued 1 October, due 31 October; today is 22 November.
    late = await issuedInvoice(
      w,
      { source: { kind: "milestone", milestoneId: "m2" } },
      { issueDate: "2026-10-01" },
    );
  });
  afterEach(async () => {
    await t.close();
  });

  const url = (path = "") => invoicesUrl(w, `/${late.id}/late-interest${path}`);
  const read = async (query = "") =>
    bodyOf<LateInterestBody>(await w.client.client.get(url(query)));

  it("shows both sides the computation line by line before anything is invoiced", async () => {
    const shown = await read();
    // 8,000.00 × (2.15 % + 8 points) × 22/365 = 48.94…; plus the fixed EUR 40.
    expect(brief(shown)).toEqual([["2026-11-01", "2026-11-22", 22, 800_000, 1015, 4894]]);
    expect(shown).toMatchObject({
      asOf: "2026-11-22",
      isAgreed: true,
      interestMinor: 4894,
      compensationMinor: 4000,
      totalMinor: 8894,
      claimable: { interestMinor: 4894, compensationMinor: 4000, totalMinor: 8894 },
    });
    expect(bodyOf<LateInterestBody>(await w.provider.client.get(url())).totalMinor).toBe(8894);

    await paid(w, late.id, 300_000, "2026-11-10");
    expect(brief(await read())).toEqual([
      ["2026-11-01", "2026-11-10", 10, 800_000, 1015, 2225],
      ["2026-11-11", "2026-11-22", 12, 500_000, 1015, 1668],
    ]);
    const before = await read("?asOf=2026-10-31");
    expect(before).toMatchObject({ totalMinor: 0, lines: [] });
    expect(before.notes.map((n) => n.code)).toEqual(["not_overdue"]);
  });

  it("invoices what is not yet claimed, the recovery compensation once", async () => {
    expectError(await w.client.client.post(url("/invoice")), 403, "forbidden");
    const claim = bodyOf<InvoiceBody>(await w.provider.client.post(url("/invoice")), 201);
    expect(claim).toMatchObject({
      status: "draft",
      source: { kind: "late_interest", ref: `${late.id}@2026-11-22` },
      totalMinor: 8894,
      taxMinor: 0,
    });
    expect(claim.lines.map((l) => [l.description, l.unitPriceMinor])).toEqual([
      [`Late-payment interest on invoice ${late.number}, until November 22, 2026`, 4894],
      [`Fixed recovery compensation on invoice ${late.number}`, 4000],
    ]);
    expect((await read()).claimable.totalMinor).toBe(0);
    expectError(
      await w.provider.client.post(url("/invoice")),
      409,
      "late_interest_nothing_to_claim",
    );

    const issuedClaim = bodyOf<InvoiceBody>(
      await w.provider.client.post(invoicesUrl(w, `/${claim.id}/issue`), {}),
    );
    // No interest on interest.
    expect(issuedClaim.isLateInterestAgreed).toBe(false);

    t.clock.advance(10 * DAY_MS);
    const later = await read();
    expect(later.claimed).toEqual({ interestMinor: 4894, isCompensationClaimed: true });
    expect(later.claimable).toEqual({
      interestMinor: later.interestMinor - 4894,
      compensationMinor: 0,
      totalMinor: later.interestMinor - 4894,
    });
    const second = bodyOf<InvoiceBody>(await w.provider.client.post(url("/invoice")), 201);
    expect(second.lines).toHaveLength(1);
    expect(second.totalMinor).toBe(later.interestMinor - 4894);
  });

  it("names the missing reference rate instead of guessing one", async () => {
    // A rate stays in force until the next entry; with none at all for the currency, it is missing.
    await t.deps.db.deleteFrom("reference_rates").where("currency", "=", "EUR").execute();
    const refused = expectError(await w.client.client.get(url()), 409, "reference_rate_missing");
    expect(refused.message).toContain("EUR");
    expect(refused.message).toContain("July 1, 2026");
  });

  it("computes nothing where the agreement did not opt into statutory terms", async () => {
    const t2 = await buildTestApp(dialect);
    try {
      const other = await buildBillingWorld(
        t2,
        (terms) => ({ ...terms, statutoryLateInterest: false }),
        { since: "2026-10-01" },
      );
      const invoice = await issuedInvoice(other, undefined, { issueDate: "2026-10-01" });
      const shown = bodyOf<LateInterestBody>(
        await other.client.client.get(invoicesUrl(other, `/${invoice.id}/late-interest`)),
      );
      expect(shown).toMatchObject({ isAgreed: false, totalMinor: 0, lines: [] });
      expect(shown.notes).toEqual([
        {
          code: "late_interest_not_agreed",
          message:
            "The agreement this invoice was issued under does not provide for statutory late interest.",
        },
      ]);
      expectError(
        await other.provider.client.post(
          invoicesUrl(other, `/${invoice.id}/late-interest/invoice`),
        ),
        409,
        "late_interest_nothing_to_claim",
      );
    } finally {
      await t2.close();
    }
  });
});
