import { describe, expect, it } from "vitest";
import type { Invoice } from "../../shared/api/types";
import { moneyOverTime } from "./money-over-time";

function invoice(overrides: Partial<Invoice>): Invoice {
  return {
    status: "issued",
    currency: "EUR",
    issueDate: "2026-01-10",
    totalMinor: 100_000,
    payments: [],
    creditNotes: [],
    ...overrides,
  } as Invoice;
}

const payment = (amountMinor: number, paidOn: string, status = "confirmed") =>
  ({ amountMinor, paidOn, status }) as Invoice["payments"][number];

describe("an engagement's money over time", () => {
  it("adds up what was invoiced by issue date, less credit notes, and what was paid by the day paid", () => {
    const money = moneyOverTime([
      invoice({
        status: "paid",
        issueDate: "2026-01-10",
        totalMinor: 100_000,
        payments: [payment(60_000, "2026-01-20"), payment(40_000, "2026-02-01")],
      }),
      invoice({
        status: "partly_paid",
        issueDate: "2026-02-01",
        totalMinor: 50_000,
        creditNotes: [
          { amountMinor: 5_000, issuedOn: "2026-02-05" } as Invoice["creditNotes"][number],
        ],
        payments: [payment(10_000, "2026-02-10"), payment(20_000, "2026-02-11", "recorded")],
      }),
    ]);
    expect(money).toEqual({
      currency: "EUR",
      invoiced: [
        { at: "2026-01-10", value: 100_000 },
        { at: "2026-02-01", value: 150_000 },
        { at: "2026-02-05", value: 145_000 },
      ],
      // The payment recorded on 11 February awaits its confirmation: not counted yet.
      paid: [
        { at: "2026-01-20", value: 60_000 },
        { at: "2026-02-01", value: 100_000 },
        { at: "2026-02-10", value: 110_000 },
      ],
    });
  });

  it("leaves drafts and void invoices out, and has nothing to draw before an invoice is issued", () => {
    expect(
      moneyOverTime([
        invoice({ status: "draft", issueDate: null }),
        invoice({ status: "void", issueDate: "2026-01-03" }),
      ]),
    ).toBeNull();
  });
});
