import { describe, expect, it } from "vitest";
import {
  ageingBucketOf,
  ageOutstanding,
  paymentRecord,
  settledOn,
  type AgeingInvoice,
} from "./ageing";
import type { PaymentStatus } from "./payments";

const AS_OF = "2026-05-31";

const invoice = (overrides: Partial<AgeingInvoice>): AgeingInvoice => ({
  currency: "EUR",
  totalMinor: 100_000,
  dueDate: "2026-05-31",
  status: "issued",
  payments: [],
  creditNotes: [],
  ...overrides,
});

const payment = (amountMinor: number, paidOn: string, status: PaymentStatus = "confirmed") => ({
  amountMinor,
  paidOn,
  status,
});

describe("ageing buckets", () => {
  it("puts the boundaries in the right bucket", () => {
    expect(
      [-5, 0, 1, 15, 16, 30, 31, 60, 61, 400].map((days) => [days, ageingBucketOf(days)]),
    ).toEqual([
      [-5, "current"],
      [0, "current"],
      [1, "days_1_15"],
      [15, "days_1_15"],
      [16, "days_16_30"],
      [30, "days_16_30"],
      [31, "days_31_60"],
      [60, "days_31_60"],
      [61, "over_60"],
      [400, "over_60"],
    ]);
  });

  it("ages outstanding amounts by calendar days past the due date", () => {
    // Amounts are powers of two, so each bucket's sum says which invoices fell in it.
    const dueDates = [
      "2026-06-05", // 5 days before due
      "2026-05-31", // due today
      "2026-05-30", // 1 day past due
      "2026-05-16", // 15
      "2026-05-15", // 16
      "2026-05-01", // 30
      "2026-04-30", // 31
      "2026-04-01", // 60
      "2026-03-31", // 61
    ];
    const invoices = dueDates.map((dueDate, i) => invoice({ dueDate, totalMinor: 2 ** i }));
    expect(ageOutstanding(invoices, AS_OF)).toEqual([
      {
        currency: "EUR",
        buckets: {
          current: 1 + 2,
          days_1_15: 4 + 8,
          days_16_30: 16 + 32,
          days_31_60: 64 + 128,
          over_60: 256,
        },
        outstandingMinor: 511,
        overdueMinor: 508,
      },
    ]);
  });

  it("counts payments and credit notes up to the day, never drafts or void invoices", () => {
    const invoices = [
      invoice({
        status: "partly_paid",
        dueDate: "2026-05-20",
        payments: [
          payment(30_000, "2026-05-25"),
          payment(20_000, "2026-05-26", "recorded"),
          payment(40_000, "2026-06-02"),
        ],
        creditNotes: [
          { amountMinor: 5000, issuedOn: "2026-05-28" },
          { amountMinor: 1000, issuedOn: "2026-06-01" },
        ],
      }),
      invoice({ status: "draft", dueDate: "2026-01-01" }),
      invoice({ status: "void", dueDate: "2026-01-01" }),
      invoice({ status: "paid", payments: [payment(100_000, "2026-05-01")] }),
    ];
    const [eur] = ageOutstanding(invoices, AS_OF);
    expect(eur?.buckets.days_1_15).toBe(65_000);
    expect(eur).toMatchObject({ outstandingMinor: 65_000, overdueMinor: 65_000 });
  });

  it("keeps each currency apart", () => {
    const result = ageOutstanding(
      [
        invoice({ currency: "JPY", totalMinor: 50_000, dueDate: "2026-05-01" }),
        invoice({ currency: "EUR", totalMinor: 700 }),
        invoice({ currency: "JPY", totalMinor: 1, dueDate: "2026-06-30" }),
      ],
      AS_OF,
    );
    expect(result.map((r) => [r.currency, r.outstandingMinor, r.overdueMinor])).toEqual([
      ["EUR", 700, 0],
      ["JPY", 50_001, 50_000],
    ]);
  });
});

describe("payment record", () => {
  const invoices = [
    // A: paid in one go, 10 days late
    invoice({
      totalMinor: 100_000,
      dueDate: "2026-03-31",
      status: "paid",
      payments: [payment(100_000, "2026-04-10")],
    }),
    // B: paid 6 days early, counts 0 days, not −6
    invoice({
      totalMinor: 300_000,
      dueDate: "2026-03-31",
      status: "paid",
      payments: [payment(300_000, "2026-03-25")],
    }),
    // C: half 5 days late, half 30 days late
    invoice({
      totalMinor: 200_000,
      dueDate: "2026-04-30",
      status: "paid",
      payments: [payment(100_000, "2026-05-05"), payment(100_000, "2026-05-30")],
    }),
    // D: unpaid, 21 days past due
    invoice({ totalMinor: 50_000, dueDate: "2026-05-10" }),
    // E: unpaid, not yet due
    invoice({ totalMinor: 70_000, dueDate: "2026-06-30" }),
    // F: partly paid 5 days late, the rest 11 days past due
    invoice({
      totalMinor: 80_000,
      dueDate: "2026-05-20",
      status: "partly_paid",
      payments: [payment(30_000, "2026-05-25")],
    }),
  ];

  it("weighs days past due by value, paid and still owed, counting early payments as on time", () => {
    // Paid: 10 × 1,000 (A) + 0 × 3,000 (B) + 5 × 1,000 + 30 × 1,000 (C) + 5 × 300 (F);
    // owed past due today: 21 × 500 (D) + 11 × 500 (F); E is not due yet.
    // 62,500 / 7,300 = 8.56… days
    const [eur] = paymentRecord(invoices, AS_OF);
    expect(eur).toMatchObject({ currency: "EUR", averageDaysPastDue: 8.6, paidMinor: 630_000 });
  });

  it("never shows 0 days beside an overdue amount: open overdue money counts", () => {
    // EUR 3,000 overdue by 20 days, nothing paid yet.
    const open = invoice({ totalMinor: 300_000, dueDate: "2026-05-11" });
    const [eur] = paymentRecord([open], AS_OF);
    expect(eur).toMatchObject({ averageDaysPastDue: 20, paidMinor: 0, overdueMinor: 300_000 });
    // Paid on time, plus the same amount 20 days overdue: half the value is 20 days late.
    const onTime = invoice({
      totalMinor: 300_000,
      dueDate: "2026-05-11",
      status: "paid",
      payments: [payment(300_000, "2026-05-01")],
    });
    expect(paymentRecord([onTime, open], AS_OF)[0]?.averageDaysPastDue).toBe(10);
  });

  it("rates on-time payment by invoice count among invoices whose outcome is known", () => {
    const [eur] = paymentRecord(invoices, AS_OF);
    // Only B was settled by its due date; A, C, D and F are late; E is not due yet.
    expect(eur?.onTime).toEqual({ count: 1, of: 5, rateBasisPoints: 2000 });
    expect(eur).toMatchObject({ outstandingMinor: 170_000, overdueMinor: 100_000 });
  });

  it("reads the record as it stood on an earlier day", () => {
    const [eur] = paymentRecord(invoices, "2026-04-05");
    // Only B is settled by then (0 days); A is 5 days past due unpaid; C–F are not due yet.
    // (0 × 3,000 + 5 × 1,000) / 4,000 = 1.25 days
    expect(eur).toMatchObject({ averageDaysPastDue: 1.3, paidMinor: 300_000 });
    expect(eur?.onTime).toEqual({ count: 1, of: 2, rateBasisPoints: 5000 });
  });

  it("has no average and no rate before anything is paid or past due", () => {
    // One invoice due today (not late until tomorrow), one due next month.
    const [eur] = paymentRecord([invoice({}), invoice({ dueDate: "2026-06-30" })], AS_OF);
    expect(eur).toMatchObject({
      averageDaysPastDue: null,
      onTime: { count: 0, of: 0, rateBasisPoints: null },
    });
  });

  it("dates a settlement by the payment or credit note that cleared the invoice", () => {
    const cleared = invoice({
      dueDate: "2026-03-31",
      payments: [payment(90_000, "2026-03-30")],
      creditNotes: [{ amountMinor: 10_000, issuedOn: "2026-04-02" }],
    });
    expect(settledOn(cleared, AS_OF)).toBe("2026-04-02");
    expect(settledOn(cleared, "2026-04-01")).toBeNull();
    const [eur] = paymentRecord([cleared], AS_OF);
    expect(eur?.onTime).toEqual({ count: 0, of: 1, rateBasisPoints: 0 });
  });
});
