import { describe, expect, it } from "vitest";
import type { Remuneration } from "../agreement/terms";
import { milestoneInvoiceLine, retainerInvoiceLine } from "./invoice-lines-from-terms";

const milestones = [
  { id: "m1", title: "Prototype", dueDate: "2026-04-30", amountMinor: 250_000 },
  { id: "m2", title: "Launch", dueDate: "2026-06-30", amountMinor: 0 },
];

const retainer: Remuneration = {
  model: "retainer",
  currency: "EUR",
  amountMinor: 300_000,
  rateMinor: null,
  estimatedEffort: null,
  retainerPeriod: "month",
};

describe("invoice lines from the agreement", () => {
  it("invoices a milestone at the amount the agreement set", () => {
    expect(milestoneInvoiceLine({ milestones }, "m1", 2000)).toEqual({
      ok: true,
      line: {
        description: "Prototype",
        quantityMilli: 1000,
        unitPriceMinor: 250_000,
        taxRateBasisPoints: 2000,
      },
    });
    expect(milestoneInvoiceLine({ milestones }, "m9", 2000)).toEqual({
      ok: false,
      reason: "milestone_unknown",
    });
    expect(milestoneInvoiceLine({ milestones }, "m2", 2000)).toEqual({
      ok: false,
      reason: "milestone_amount_missing",
    });
  });

  it("invoices a retainer period at the agreed fee, and only a retainer", () => {
    expect(retainerInvoiceLine(retainer, "Retainer, March 2026", 0)).toMatchObject({
      ok: true,
      line: { quantityMilli: 1000, unitPriceMinor: 300_000 },
    });
    expect(retainerInvoiceLine({ ...retainer, model: "fixed" }, "x", 0)).toEqual({
      ok: false,
      reason: "not_a_retainer",
    });
    expect(retainerInvoiceLine({ ...retainer, amountMinor: null }, "x", 0)).toEqual({
      ok: false,
      reason: "retainer_amount_missing",
    });
  });
});
