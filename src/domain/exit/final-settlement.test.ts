import { describe, expect, it } from "vitest";
import { computeFinalSettlement, type FinalSettlementInput } from "./final-settlement";

const NONE: Omit<FinalSettlementInput, "model" | "exitDate"> = {
  milestones: [],
  retainer: null,
  time: null,
  approvedChanges: [],
  approvedExpenses: [],
  payments: [],
  credits: [],
  agreedRefunds: [],
  refundsPaid: [],
  lateInterest: [],
};

function settle(input: FinalSettlementInput) {
  const result = computeFinalSettlement(input);
  if (!result.ok) throw new Error(result.reason);
  return result.settlement;
}

describe("the final settlement of a fixed price", () => {
  const fixed: FinalSettlementInput = {
    ...NONE,
    model: "fixed",
    exitDate: "2026-12-31",
    milestones: [
      { id: "m1", title: "Design", amountMinor: 300_000, state: "accepted", shareBasisPoints: 0 },
      {
        id: "m2",
        title: "Build",
        amountMinor: 500_000,
        state: "in_progress",
        shareBasisPoints: 4_000,
      },
      {
        id: "m3",
        title: "Launch",
        amountMinor: 200_000,
        state: "not_started",
        shareBasisPoints: 0,
      },
    ],
    approvedChanges: [{ number: 1, title: "Extra page", priceMinor: 50_000 }],
    approvedExpenses: [{ description: "Fonts", amountMinor: 12_345 }],
    payments: [{ reference: "INV-1", amountMinor: 300_000 }],
    credits: [{ number: "CN-1", amountMinor: 20_000 }],
    lateInterest: [{ invoiceNumber: "INV-1", amountMinor: 1_520 }],
  };

  it("invoices accepted work, work in progress at its share, changes and expenses, less payments and credits, plus interest", () => {
    // 3,000.00 + 40% of 5,000.00 = 2,000.00 + 500.00 + 123.45 − 3,000.00 − 200.00 + 15.20
    // = 2,438.65, the final invoice.
    const settlement = settle(fixed);
    expect(settlement.lines.map((line) => [line.kind, line.amountMinor])).toEqual([
      ["milestone_accepted", 300_000],
      ["milestone_in_progress", 200_000],
      ["approved_change", 50_000],
      ["expense", 12_345],
      ["payment", -300_000],
      ["credit", -20_000],
      ["late_interest", 1_520],
    ]);
    expect(settlement.balanceMinor).toBe(243_865);
    expect(settlement.document).toEqual({ kind: "final_invoice", amountMinor: 243_865 });
  });

  it("adds no interest when billing invoiced none", () => {
    expect(settle({ ...fixed, lateInterest: [] }).balanceMinor).toBe(242_345);
  });

  it("needs no document when nothing is owed either way", () => {
    const settlement = settle({
      ...NONE,
      model: "fixed",
      exitDate: "2026-12-31",
      milestones: [
        { id: "m1", title: "All", amountMinor: 100_000, state: "accepted", shareBasisPoints: 0 },
      ],
      payments: [{ reference: "INV-1", amountMinor: 90_000 }],
      credits: [{ number: "CN-1", amountMinor: 10_000 }],
    });
    expect(settlement.document).toEqual({ kind: "none" });
  });
});

describe("the final settlement of a retainer", () => {
  it("charges full months served and the last month by the day, and credits what was paid ahead", () => {
    // September and October in full: 2 × 4,000.00. November to the 20th: 20/30 × 4,000.00 =
    // 2,666.67. Paid three months ahead (12,000.00): a credit note for 1,333.33.
    const settlement = settle({
      ...NONE,
      model: "retainer",
      exitDate: "2026-11-20",
      retainer: {
        startDate: "2026-09-01",
        fees: [{ fromDay: "2026-09-01", periodFeeMinor: 400_000 }],
        period: "month",
      },
      payments: [
        { reference: "INV-9", amountMinor: 400_000 },
        { reference: "INV-10", amountMinor: 400_000 },
        { reference: "INV-11", amountMinor: 400_000 },
      ],
    });
    expect(settlement.lines.slice(0, 2)).toEqual([
      { kind: "retainer_periods", periods: 2, amountMinor: 800_000 },
      { kind: "retainer_partial", daysServed: 20, daysInPeriod: 30, amountMinor: 266_667 },
    ]);
    expect(settlement.document).toEqual({ kind: "credit_note", amountMinor: 133_333 });
  });

  it("prorates a quarter by its days", () => {
    // Q3 has 31 + 31 + 30 = 92 days; to 15 August is 31 + 15 = 46: half of 9,000.00.
    const settlement = settle({
      ...NONE,
      model: "retainer",
      exitDate: "2026-08-15",
      retainer: {
        startDate: "2026-07-01",
        fees: [{ fromDay: "2026-07-01", periodFeeMinor: 900_000 }],
        period: "quarter",
      },
      credits: [{ number: "CN-4", amountMinor: 50_000 }],
    });
    expect(settlement.lines).toEqual([
      { kind: "retainer_partial", daysServed: 46, daysInPeriod: 92, amountMinor: 450_000 },
      { kind: "credit", number: "CN-4", amountMinor: -50_000 },
    ]);
    expect(settlement.document).toEqual({ kind: "final_invoice", amountMinor: 400_000 });
  });

  it("counts each period at the fee in force in it, by the day where an amendment changed it", () => {
    // 4,000.00 a month from 1 September, 5,000.00 from 16 October, 6,000.00 from 1 November.
    // September in full; October 15/31 × 4,000.00 = 1,935.48 and 16/31 × 5,000.00 = 2,580.65;
    // November in full at 6,000.00; December to the 10th: 10/31 × 6,000.00 = 1,935.48.
    const settlement = settle({
      ...NONE,
      model: "retainer",
      exitDate: "2026-12-10",
      retainer: {
        startDate: "2026-09-01",
        fees: [
          { fromDay: "2026-09-01", periodFeeMinor: 400_000 },
          { fromDay: "2026-10-16", periodFeeMinor: 500_000 },
          { fromDay: "2026-11-01", periodFeeMinor: 600_000 },
        ],
        period: "month",
      },
    });
    expect(settlement.lines).toEqual([
      { kind: "retainer_periods", periods: 1, amountMinor: 400_000 },
      { kind: "retainer_partial", daysServed: 15, daysInPeriod: 31, amountMinor: 193_548 },
      { kind: "retainer_partial", daysServed: 16, daysInPeriod: 31, amountMinor: 258_065 },
      { kind: "retainer_periods", periods: 1, amountMinor: 600_000 },
      { kind: "retainer_partial", daysServed: 10, daysInPeriod: 31, amountMinor: 193_548 },
    ]);
    // An amendment that left the fee as it was splits nothing.
    const unchanged = settle({
      ...NONE,
      model: "retainer",
      exitDate: "2026-11-30",
      retainer: {
        startDate: "2026-09-01",
        fees: [
          { fromDay: "2026-09-01", periodFeeMinor: 400_000 },
          { fromDay: "2026-10-16", periodFeeMinor: 400_000 },
        ],
        period: "month",
      },
    });
    expect(unchanged.lines).toEqual([
      { kind: "retainer_periods", periods: 3, amountMinor: 1_200_000 },
    ]);
  });

  it("refuses a retainer that does not start on a period's first day", () => {
    expect(
      computeFinalSettlement({
        ...NONE,
        model: "retainer",
        exitDate: "2026-11-20",
        retainer: {
          startDate: "2026-09-15",
          fees: [{ fromDay: "2026-09-15", periodFeeMinor: 1 }],
          period: "month",
        },
      }),
    ).toEqual({ ok: false, reason: "retainer_start_invalid" });
  });
});

describe("the final settlement of time and materials", () => {
  it("holds approved time to the cap and leaves changes to the time they took", () => {
    // 37.5 h × 90.00 = 3,375.00, capped at 3,000.00 (−375.00); + 25.00 expense − 1,000.00 paid
    // − 50.00 credit = 1,975.00.
    const settlement = settle({
      ...NONE,
      model: "time_and_materials",
      exitDate: "2026-12-31",
      time: {
        entries: [{ quantityMilli: 37_500, rateMinor: 9_000 }],
        rateMinor: 9_000,
        capMinor: 300_000,
        unit: "hour",
      },
      approvedChanges: [{ number: 3, title: "Ignored", priceMinor: 99_999 }],
      approvedExpenses: [{ description: "Hosting", amountMinor: 2_500 }],
      payments: [{ reference: "INV-1", amountMinor: 100_000 }],
      credits: [{ number: "CN-1", amountMinor: 5_000 }],
    });
    expect(settlement.lines.map((line) => [line.kind, line.amountMinor])).toEqual([
      ["time", 337_500],
      ["time_cap", -37_500],
      ["expense", 2_500],
      ["payment", -100_000],
      ["credit", -5_000],
    ]);
    expect(settlement.document).toEqual({ kind: "final_invoice", amountMinor: 197_500 });
  });

  it("bills fractional hours under the cap at the rate", () => {
    // 10.25 h × 90.00 = 922.50, no cap.
    const settlement = settle({
      ...NONE,
      model: "time_and_materials",
      exitDate: "2026-12-31",
      time: {
        entries: [{ quantityMilli: 10_250, rateMinor: 9_000 }],
        rateMinor: 9_000,
        capMinor: null,
        unit: "hour",
      },
    });
    expect(settlement.balanceMinor).toBe(92_250);
  });

  it("prices each entry as its invoice line was rounded, so the time matches what was invoiced", () => {
    // Two lines of 0.5 h at 100.01 each invoice 50.01 (50.005 rounded half up): 100.02 in all,
    // where 1 h priced once would earn 100.01 and leave a cent owed back after full payment.
    const settlement = settle({
      ...NONE,
      model: "time_and_materials",
      exitDate: "2026-12-31",
      time: {
        entries: [
          { quantityMilli: 500, rateMinor: 10_001 },
          { quantityMilli: 500, rateMinor: 10_001 },
        ],
        rateMinor: 10_001,
        capMinor: null,
        unit: "hour",
      },
      payments: [{ reference: "INV-1", amountMinor: 10_002 }],
    });
    expect(settlement.lines[0]).toEqual({
      kind: "time",
      quantityMilli: 1_000,
      unit: "hour",
      rateMinor: 10_001,
      amountMinor: 10_002,
    });
    expect(settlement.document).toEqual({ kind: "none" });
  });

  it("prices time at the rate it was invoiced at, one line per rate, held to the cap together", () => {
    // 10 h at 90.00 before an amendment raised the rate, 5 h at 100.00 after: 1,400.00, cap 1,300.00.
    const settlement = settle({
      ...NONE,
      model: "time_and_materials",
      exitDate: "2026-12-31",
      time: {
        entries: [
          { quantityMilli: 10_000, rateMinor: 9_000 },
          { quantityMilli: 5_000, rateMinor: 10_000 },
        ],
        rateMinor: 10_000,
        capMinor: 130_000,
        unit: "hour",
      },
    });
    expect(settlement.lines.map((line) => [line.kind, line.amountMinor])).toEqual([
      ["time", 90_000],
      ["time", 50_000],
      ["time_cap", -10_000],
    ]);
  });

  it("says no time at the rate in force when none was invoiced", () => {
    const settlement = settle({
      ...NONE,
      model: "time_and_materials",
      exitDate: "2026-12-31",
      time: { entries: [], rateMinor: 9_000, capMinor: null, unit: "day" },
    });
    expect(settlement.lines).toEqual([
      { kind: "time", quantityMilli: 0, unit: "day", rateMinor: 9_000, amountMinor: 0 },
    ]);
  });

  it("refuses when the model's terms are missing", () => {
    expect(
      computeFinalSettlement({ ...NONE, model: "time_and_materials", exitDate: "2026-12-31" }),
    ).toEqual({ ok: false, reason: "settlement_terms_missing" });
  });
});

describe("refunds agreed as amends in a dispute", () => {
  it("come off what is owed, and turn a settled account into a credit note owed to the client", () => {
    const settlement = settle({
      ...NONE,
      model: "fixed",
      exitDate: "2026-12-31",
      milestones: [
        { id: "m1", title: "Design", amountMinor: 400_000, state: "accepted", shareBasisPoints: 0 },
      ],
      payments: [{ reference: "INV-1", amountMinor: 400_000 }],
      agreedRefunds: [
        { disputeNumber: 1, amountMinor: 100_000 },
        { disputeNumber: 3, amountMinor: 2_500 },
      ],
    });
    expect(settlement.lines.slice(2)).toEqual([
      { kind: "agreed_refund", disputeNumber: 1, amountMinor: -100_000 },
      { kind: "agreed_refund", disputeNumber: 3, amountMinor: -2_500 },
    ]);
    expect(settlement.balanceMinor).toBe(-102_500);
    expect(settlement.document).toEqual({ kind: "credit_note", amountMinor: 102_500 });
  });
});

describe("refunds the provider paid back", () => {
  const owedBack: FinalSettlementInput = {
    ...NONE,
    model: "fixed",
    exitDate: "2026-12-31",
    milestones: [
      { id: "m1", title: "Design", amountMinor: 400_000, state: "accepted", shareBasisPoints: 0 },
    ],
    payments: [{ reference: "INV-1", amountMinor: 400_000 }],
    agreedRefunds: [{ disputeNumber: 1, amountMinor: 100_000 }],
  };

  it("add back what was given back: paid back in full, nothing is owed either way", () => {
    const settlement = settle({
      ...owedBack,
      refundsPaid: [{ paidOn: "2026-12-02", reference: "SEPA 9", amountMinor: 100_000 }],
    });
    expect(settlement.lines.at(-1)).toEqual({
      kind: "refund_paid",
      paidOn: "2026-12-02",
      reference: "SEPA 9",
      amountMinor: 100_000,
    });
    expect(settlement.balanceMinor).toBe(0);
    expect(settlement.document).toEqual({ kind: "none" });
  });

  it("leave the rest owed back when only part was paid back", () => {
    const settlement = settle({
      ...owedBack,
      refundsPaid: [{ paidOn: "2026-12-02", reference: "", amountMinor: 40_000 }],
    });
    expect(settlement.balanceMinor).toBe(-60_000);
    expect(settlement.document).toEqual({ kind: "credit_note", amountMinor: 60_000 });
  });
});
