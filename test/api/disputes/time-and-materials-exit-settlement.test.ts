import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { buildBillingWorld, issuedInvoice, paid } from "../billing/billing-fixtures";
import { signByBoth, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, type VersionBody } from "../proposals-agreements/proposal-fixtures";

interface ExitBody {
  handOver: { id: string; responsibleSide: string }[];
  settlement: {
    settlement: {
      lines: Record<string, unknown>[];
      balanceMinor: number;
      document: { kind: string; amountMinor?: number };
    } | null;
    unavailableReason: string | null;
  } | null;
  isSettled: boolean;
  endedAmicablyAt: string | null;
}

/** 90.00 an hour (or `rateMinor`), 20% tax; `hours` at the rate, any other line as materials. */
const timeInvoice = (
  hours: number,
  materials: { description: string; minor: number }[] = [],
  rateMinor = 9_000,
) => ({
  source: { kind: "manual" },
  lines: [
    {
      description: "Development",
      quantityMilli: hours * 1000,
      unitPriceMinor: rateMinor,
      taxRateBasisPoints: 2000,
    },
    ...materials.map((m) => ({
      description: m.description,
      quantityMilli: 1000,
      unitPriceMinor: m.minor,
      taxRateBasisPoints: 2000,
    })),
  ],
});

describe.each(DIALECTS)("the final settlement of time and materials on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  const build = async (capMinor: number | null, unit: "hour" | "day" = "hour") => {
    w = await buildBillingWorld(
      t,
      (terms) => ({
        ...terms,
        remuneration: {
          ...terms.remuneration,
          model: "time_and_materials",
          rateMinor: 9_000,
          amountMinor: capMinor,
          estimatedEffort: { unit, quantity: 40 },
          retainerPeriod: null,
        },
        noticePeriodDays: 5,
        handOverDuties: [],
      }),
      { accept: [] },
    );
  };
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  const exitOf = async () => bodyOf<ExitBody>(await w.client.client.get(w.url("/exit")));
  const handOver = async () => {
    for (const item of (await exitOf()).handOver) {
      const as = item.responsibleSide === "client" ? w.client : w.provider;
      bodyOf(await as.client.post(w.url(`/exit/hand-over/${item.id}/done`), {}));
    }
  };

  it("is the time invoiced at the rate and the materials as invoiced, and ends once all is paid", async () => {
    await build(null);
    // 20 h = 1,800.00 net, 2,160.00 with tax; 10 h and hosting at 49.00 = 949.00, 1,138.80.
    const first = await issuedInvoice(w, timeInvoice(20));
    const second = await issuedInvoice(
      w,
      timeInvoice(10, [{ description: "Hosting", minor: 4_900 }]),
    );
    await paid(w, first.id, 216_000, "2026-11-22");
    await paid(w, second.id, 113_880, "2026-11-22");
    bodyOf(await w.provider.client.post(w.url("/exit"), { reason: "notice" }), 201);

    // Until 4 December 2026 every time-and-materials exit answered `settlement_terms_missing`
    // and could never end amicably.
    const owed = await exitOf();
    expect(owed.settlement?.unavailableReason).toBeNull();
    expect(owed.settlement?.settlement?.lines.slice(0, 2)).toEqual([
      {
        kind: "time",
        quantityMilli: 30_000,
        unit: "hour",
        rateMinor: 9_000,
        amountMinor: 270_000,
      },
      { kind: "expense", description: "Hosting", amountMinor: 4_900 },
    ]);
    expect(owed.settlement?.settlement?.balanceMinor).toBe(0);
    expect(owed.settlement?.settlement?.document).toEqual({ kind: "none" });

    await handOver();
    const ended = await exitOf();
    expect(ended.isSettled).toBe(true);
    expect(ended.endedAmicablyAt).not.toBeNull();
  });

  it("counts the time in the agreement's effort unit", async () => {
    // The rate is per day here: 2 days invoiced, unpaid, are 180.00 still owed on that invoice.
    await build(null, "day");
    await issuedInvoice(w, timeInvoice(2));
    bodyOf(await w.provider.client.post(w.url("/exit"), { reason: "notice" }), 201);
    const owed = await exitOf();
    expect(owed.settlement?.settlement?.lines[0]).toEqual({
      kind: "time",
      quantityMilli: 2_000,
      unit: "day",
      rateMinor: 9_000,
      amountMinor: 18_000,
    });
  });

  it("holds the time to the cap in force, and the time invoiced above it is owed back", async () => {
    // Cap 2,000.00; 25 h invoiced (2,250.00 net, 2,700.00 with tax) and paid.
    await build(200_000);
    const invoice = await issuedInvoice(w, timeInvoice(25));
    await paid(w, invoice.id, 270_000, "2026-11-22");
    bodyOf(await w.provider.client.post(w.url("/exit"), { reason: "notice" }), 201);

    const owed = (await exitOf()).settlement?.settlement;
    expect(owed?.lines.map((line) => [line.kind, line.amountMinor])).toEqual([
      ["time", 225_000],
      ["time_cap", -25_000],
      ["payment", -225_000],
    ]);
    expect(owed?.document).toEqual({ kind: "credit_note", amountMinor: 25_000 });
  });

  it("keeps time invoiced at an earlier rate as time, at that rate, once an amendment raised it", async () => {
    // Cap 1,300.00. 10 h at 90.00 invoiced; then both sign a rate of 100.00, and 5 h at it.
    await build(130_000);
    await issuedInvoice(w, timeInvoice(10));
    const opened = bodyOf<VersionBody>(
      await w.client.client.post(w.url("/agreement/amendments")),
      201,
    );
    const raised = bodyOf<VersionBody>(
      await w.client.client.request("PUT", w.url("/agreement/draft"), {
        terms: {
          ...opened.terms,
          remuneration: { ...opened.terms.remuneration, rateMinor: 10_000 },
        },
        baseHash: opened.contentHash,
      }),
    );
    await signByBoth(w, raised.version, raised.contentHash);
    // The second invoice: 5 h at the new rate, 2 h worked before the amendment at the old one.
    const later = timeInvoice(5, [{ description: "Licence", minor: 4_900 }], 10_000);
    await issuedInvoice(w, {
      ...later,
      lines: [...later.lines, { ...timeInvoice(2).lines[0], description: "October hours" }],
    });
    bodyOf(await w.provider.client.post(w.url("/exit"), { reason: "notice" }), 201);

    // Until 4 December 2026 only lines at the rate in force at the exit were time: the 12 h at
    // 90.00 counted as materials, outside the cap. Time is effort at a rate the agreement had in
    // force when it was invoiced, at that rate: 1,580.00, held to the cap together.
    const owed = (await exitOf()).settlement?.settlement;
    expect(owed?.lines).toEqual([
      { kind: "time", quantityMilli: 12_000, unit: "hour", rateMinor: 9_000, amountMinor: 108_000 },
      { kind: "time", quantityMilli: 5_000, unit: "hour", rateMinor: 10_000, amountMinor: 50_000 },
      { kind: "time_cap", capMinor: 130_000, amountMinor: -28_000 },
      { kind: "expense", description: "Licence", amountMinor: 4_900 },
    ]);
  });
});
