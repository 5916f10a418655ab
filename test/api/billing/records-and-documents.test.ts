import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { DAY_MS, expectError } from "../api-fixtures";
import { signByBoth, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, joinAs, type VersionBody } from "../proposals-agreements/proposal-fixtures";
import {
  buildBillingWorld,
  draftInvoice,
  invoicesUrl,
  issuedInvoice,
  paid,
  type InvoiceBody,
} from "./billing-fixtures";

interface RecordBody {
  scope: string;
  role: string;
  asOf: string;
  currencies: {
    currency: string;
    averageDaysPastDue: number | null;
    paidMinor: number;
    onTime: { count: number; of: number; rateBasisPoints: number | null };
    outstandingMinor: number;
    overdueMinor: number;
    buckets: Record<string, number>;
  }[];
}

describe.each(DIALECTS)("payment records and documents on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let first: InvoiceBody;
  let second: InvoiceBody;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildBillingWorld(t, undefined, { since: "2026-10-01" });
    // 4,000.00 due 31 Oct, paid 5 days late; 8,000.00 due 1 Dec, open. Today: 22 Nov.
    first = await issuedInvoice(w, undefined, { issueDate: "2026-10-01" });
    second = await issuedInvoice(
      w,
      { source: { kind: "milestone", milestoneId: "m2" } },
      { issueDate: "2026-11-01" },
    );
    await paid(w, first.id, 400_000, "2026-11-05");
  });
  afterEach(async () => {
    await t.close();
  });

  it("keeps the client's payment record per engagement and per organisation", async () => {
    const record = bodyOf<RecordBody>(await w.provider.client.get(w.url("/payment-record")));
    expect(record).toMatchObject({ scope: "engagement", role: "payer", asOf: "2026-11-22" });
    expect(record.currencies).toEqual([
      {
        currency: "EUR",
        averageDaysPastDue: 5,
        paidMinor: 400_000,
        onTime: { count: 0, of: 1, rateBasisPoints: 0 },
        outstandingMinor: 800_000,
        overdueMinor: 0,
        buckets: { current: 800_000, days_1_15: 0, days_16_30: 0, days_31_60: 0, over_60: 0 },
      },
    ]);
    t.clock.advance(28 * DAY_MS); // 20 Dec: the second invoice is 19 days past due
    const later = bodyOf<RecordBody>(await w.client.client.get(w.url("/payment-record")));
    expect(later.currencies[0]).toMatchObject({
      // (5 × 4,000 paid + 19 × 8,000 still owed) / 12,000: the open overdue money counts.
      averageDaysPastDue: 14.3,
      onTime: { count: 0, of: 2, rateBasisPoints: 0 },
      overdueMinor: 800_000,
      buckets: { current: 0, days_1_15: 0, days_16_30: 800_000, days_31_60: 0, over_60: 0 },
    });
    const asOf = bodyOf<RecordBody>(
      await w.client.client.get(w.url("/payment-record?asOf=2026-11-04")),
    );
    expect(asOf.currencies[0]).toMatchObject({
      averageDaysPastDue: 4,
      paidMinor: 0,
      overdueMinor: 400_000,
    });

    const asPayer = bodyOf<RecordBody>(
      await w.client.client.get(`/api/v1/orgs/${w.clientOrg.id}/payment-record`),
    );
    expect(asPayer).toMatchObject({ scope: "organisation", role: "payer" });
    expect(asPayer.currencies[0]?.overdueMinor).toBe(800_000);
    const asPayee = bodyOf<RecordBody>(
      await w.provider.client.get(`/api/v1/orgs/${w.providerOrg.id}/payment-record`),
    );
    expect(asPayee.role).toBe("payee");
    expect(asPayee.currencies).toEqual(later.currencies);
    // Each organisation's own record stays its own.
    expectError(
      await w.provider.client.get(`/api/v1/orgs/${w.clientOrg.id}/payment-record`),
      404,
      "not_found",
    );
  });

  it("exports each organisation's own invoices and payments as CSV for accounting", async () => {
    await draftInvoice(w, {
      source: { kind: "manual" },
      lines: [{ description: "=cmd|' /C calc'!A0", quantityMilli: 1000, unitPriceMinor: 1 }],
    });
    bodyOf(
      await w.provider.client.post(invoicesUrl(w, `/${second.id}/credit-notes`), {
        amountMinor: 10_000,
        reason: "Photos, delivered late",
      }),
      201,
    );
    const csv = await w.client.client.get(`/api/v1/orgs/${w.clientOrg.id}/invoices.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers["content-disposition"]).toContain("attachment");
    const lines = csv.body.split("\r\n");
    expect(lines[0]).toBe(
      "document,number,corrects,status,issue_date,due_date,engagement,provider,client,currency,subtotal,tax,total,credited,paid,outstanding,note",
    );
    expect(lines).toHaveLength(5); // header, two invoices, one credit note, final line end
    expect(lines[1]).toMatch(
      new RegExp(
        `^invoice,${first.number},,paid,2026-10-01,2026-10-31,.*,EUR,4000.00,0.00,4000.00,0.00,4000.00,0.00,$`,
      ),
    );
    expect(lines[2]).toContain(`invoice,${second.number},,issued,2026-11-01,2026-12-01,`);
    expect(lines[2]).toContain(",EUR,8000.00,0.00,8000.00,100.00,0.00,7900.00,");
    expect(lines[3]).toMatch(/^credit_note,[A-Z0-9]+CN-0001,/);
    expect(lines[3]).toContain(
      ",EUR,-100.00,0.00,-100.00,,,,Photos, delivered late".replace(
        "Photos, delivered late",
        '"Photos, delivered late"',
      ),
    );
    // The provider's export holds the same documents, never its drafts.
    const ofProvider = await w.provider.client.get(`/api/v1/orgs/${w.providerOrg.id}/invoices.csv`);
    expect(ofProvider.body.split("\r\n")).toHaveLength(5);
    expect(ofProvider.body).not.toContain("calc");

    const payments = await w.provider.client.get(`/api/v1/orgs/${w.providerOrg.id}/payments.csv`);
    const rows = payments.body.split("\r\n");
    expect(rows[0]).toBe(
      "payment_id,invoice_number,engagement,paid_on,currency,amount,status,recorded_by,reference,recorded_at,answered_at",
    );
    expect(rows[1]).toContain(`,${first.number},`);
    expect(rows[1]).toContain(",2026-11-05,EUR,4000.00,confirmed,client,");
    expectError(
      await w.provider.client.get(`/api/v1/orgs/${w.clientOrg.id}/payments.csv`),
      404,
      "not_found",
    );
  });

  it("prints an invoice as a PDF for both sides, a draft for the provider only", async () => {
    const pdf = await w.client.client.get(invoicesUrl(w, `/${first.id}/pdf`));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.headers["content-disposition"]).toContain(`invoice-${first.number}.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const draft = await draftInvoice(w, {
      source: { kind: "manual" },
      lines: [{ description: "Extra", quantityMilli: 1000, unitPriceMinor: 100 }],
    });
    expect((await w.provider.client.get(invoicesUrl(w, `/${draft.id}/pdf`))).statusCode).toBe(200);
    expectError(await w.client.client.get(invoicesUrl(w, `/${draft.id}/pdf`)), 404, "not_found");
  });

  it("flags an offer to pay less, sooner, with its yearly cost", async () => {
    const check = async (offeredMinor: number, payOn: string) =>
      bodyOf<{ finding: { code: string; message: string; values: Record<string, number> } | null }>(
        await w.client.client.get(
          invoicesUrl(
            w,
            `/${second.id}/early-payment-check?offeredMinor=${offeredMinor}&payOn=${payOn}`,
          ),
        ),
      ).finding;
    // 2 % off to pay 20 days early: 160.00 / 7,840.00 × 365 / 20 ≈ 37.24 % a year.
    const flagged = await check(784_000, "2026-11-11");
    expect(flagged).toMatchObject({
      code: "discount_for_speed",
      values: {
        discountMinor: 16_000,
        discountBasisPoints: 200,
        daysSooner: 20,
        annualRateBasisPoints: 3724,
      },
    });
    expect(flagged?.message).toContain("37.24%");
    expect(await check(800_000, "2026-11-11")).toBeNull();
    expectError(
      await w.client.client.get(
        invoicesUrl(w, `/${first.id}/early-payment-check?offeredMinor=1&payOn=2026-11-11`),
      ),
      409,
      "invoice_not_payable",
    );
  });

  it("follows the effective rate across amendments and flags less pay for the same scope", async () => {
    const opened = bodyOf<VersionBody>(
      await w.provider.client.post(w.url("/agreement/amendments")),
      201,
    );
    const terms = structuredClone(opened.terms);
    terms.remuneration.amountMinor = 1_000_000; // −16.7 %, same 20 days of work
    const edited = bodyOf<VersionBody>(
      await w.client.client.request("PUT", w.url("/agreement/draft"), {
        terms,
        baseHash: opened.contentHash,
      }),
    );
    await signByBoth(w, edited.version, edited.contentHash, ["pay_cut_without_scope_cut"]);
    const trend = bodyOf<{
      currency: string;
      periods: {
        agreementVersion: number;
        remunerationMinor: number;
        scopeHoursMilli: number;
        rateMinorPerHour: number | null;
      }[];
      findings: { code: string; message: string }[];
    }>(await w.client.client.get(w.url("/remuneration-trend")));
    expect(trend.currency).toBe("EUR");
    expect(
      trend.periods.map((p) => [
        p.agreementVersion,
        p.remunerationMinor,
        p.scopeHoursMilli,
        p.rateMinorPerHour,
      ]),
    ).toEqual([
      [1, 1_200_000, 160_000, 7500],
      [2, 1_000_000, 160_000, 6250],
    ]);
    expect(trend.findings).toEqual([
      {
        code: "remuneration_cut_without_scope_cut",
        severity: "serious",
        path: "periods.1",
        message:
          "From v1 to v2, remuneration fell by 16.67% while the agreed scope fell by 0%: the same work for less.",
      },
    ]);
  });

  it("lets a provider's owners choose the reminder days, applied to invoices issued after", async () => {
    const url = `/api/v1/orgs/${w.providerOrg.id}/reminder-schedule`;
    expect(bodyOf(await w.provider.client.get(url))).toMatchObject({
      offsets: [-7, -1, 1, 7, 14],
      isDefault: true,
    });
    const invalid = expectError(
      await w.provider.client.request("PUT", url, { offsets: [-100, 5, 5] }),
      400,
      "validation_failed",
    );
    expect(invalid.fields?.map((f) => [f.path, f.code])).toEqual([
      ["offsets.0", "reminder_offset_out_of_range"],
      ["offsets.2", "reminder_offset_duplicate"],
    ]);
    const member = await joinAs(t, w.provider, w.providerOrg, "Mo", "member");
    expectError(await member.client.request("PUT", url, { offsets: [1] }), 403, "forbidden");
    expectError(await w.client.client.get(url), 404, "not_found");
    expectError(
      await w.client.client.get(`/api/v1/orgs/${w.clientOrg.id}/reminder-schedule`),
      422,
      "organisation_kind_wrong",
    );
    expect(
      bodyOf(await w.provider.client.request("PUT", url, { offsets: [5, 0, -3] })),
    ).toMatchObject({ offsets: [-3, 0, 5], isDefault: false });
    const next = await issuedInvoice(w, {
      source: { kind: "manual" },
      lines: [{ description: "Support", quantityMilli: 1000, unitPriceMinor: 10_000 }],
    });
    expect(next.reminders.map((r) => [r.offsetDays, r.dueOn])).toEqual([
      [-3, "2026-12-19"],
      [0, "2026-12-22"],
      [5, "2026-12-27"],
    ]);
  });

  it('takes an empty schedule as "no reminders", and a missing one as bad input', async () => {
    const url = `/api/v1/orgs/${w.providerOrg.id}/reminder-schedule`;
    const missing = expectError(
      await w.provider.client.request("PUT", url, {}),
      400,
      "validation_failed",
    );
    expect(missing.fields?.map((f) => f.path)).toEqual(["offsets"]);
    expect(bodyOf(await w.provider.client.request("PUT", url, { offsets: [] }))).toMatchObject({
      offsets: [],
      isDefault: false,
    });
    expect(bodyOf(await w.provider.client.get(url))).toMatchObject({
      offsets: [],
      isDefault: false,
    });
    const next = await issuedInvoice(w, {
      source: { kind: "manual" },
      lines: [{ description: "Support", quantityMilli: 1000, unitPriceMinor: 10_000 }],
    });
    expect(next.reminders).toEqual([]);
  });
});
