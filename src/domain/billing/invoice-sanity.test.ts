import { describe, expect, it } from "vitest";
import { computeInvoiceTotals } from "./invoice";
import {
  checkInvoiceAmount,
  checkInvoiceMaximum,
  leftToInvoice,
  MAX_INVOICE_AMOUNT_MINOR,
} from "./invoice-sanity";

const balance = {
  currency: "EUR",
  agreedMinor: 1_320_000,
  pendingChangesMinor: 0,
  invoicedMinor: 400_000,
};

describe("invoice amount sanity", () => {
  it("warns, without blocking, when a draft asks more than the agreement leaves", () => {
    expect(checkInvoiceAmount(920_000, balance)).toEqual([]);
    const [finding] = checkInvoiceAmount(920_001, balance);
    expect(finding).toMatchObject({
      code: "invoice_exceeds_agreement",
      severity: "warning",
      values: {
        total: { minor: 920_000, currency: "EUR" },
        rate: { minor: 920_001, currency: "EUR" },
        currency: "EUR",
      },
    });
    // The complaint: a hand-made EUR 199,999,999,998 on a EUR 13,200 engagement is refused.
    const huge = [
      {
        description: "x",
        quantityMilli: 2000,
        unitPriceMinor: 999_999_999_999,
        taxRateBasisPoints: 0,
      },
    ];
    const totals = (lines: typeof huge) => {
      const computed = computeInvoiceTotals(lines, "EUR");
      if (!computed.ok) throw new Error("the lines are valid");
      return computed.totals;
    };
    expect(checkInvoiceMaximum(totals(huge))).toEqual([
      {
        code: "invoice_amount_too_large",
        severity: "blocking",
        path: "lines",
        values: { total: { minor: MAX_INVOICE_AMOUNT_MINOR, currency: "EUR" }, currency: "EUR" },
      },
    ]);
    const atMax = [{ ...huge[0]!, quantityMilli: 1000, unitPriceMinor: MAX_INVOICE_AMOUNT_MINOR }];
    expect(checkInvoiceMaximum(totals(atMax))).toEqual([]);
  });

  it("counts approved changes not yet in the agreement, and nothing without an agreed total", () => {
    expect(leftToInvoice({ ...balance, pendingChangesMinor: 150_000 })).toBe(1_070_000);
    expect(leftToInvoice({ ...balance, invoicedMinor: 2_000_000 })).toBe(0);
    expect(checkInvoiceAmount(5_000_000, { ...balance, agreedMinor: null })).toEqual([]);
    expect(checkInvoiceAmount(5_000_000, null)).toEqual([]);
  });
});
