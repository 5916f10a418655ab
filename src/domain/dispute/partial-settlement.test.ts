import { describe, expect, it } from "vitest";
import { computePartialSettlement } from "./partial-settlement";

describe("the fair partial settlement of a disputed milestone", () => {
  it("pays the criteria met at their share, adds approved changes, takes off payments and credits", () => {
    // Milestone at 1,200.00 with six criteria (4 + 2): each is worth 200.00.
    // Logo: 3 of 4 met = 600.00; guide: 2 of 2 met = 400.00; earned 1,000.00.
    // + change #2 150.00 − payment 500.00 − credit note 100.00 = 550.00 still owed.
    const settlement = computePartialSettlement({
      priceMinor: 120_000,
      deliverables: [
        { id: "logo", title: "Logo", criteriaMet: 3, criteriaTotal: 4 },
        { id: "guide", title: "Guide", criteriaMet: 2, criteriaTotal: 2 },
      ],
      approvedChanges: [{ number: 2, title: "Dark variant", priceMinor: 15_000 }],
      payments: [{ reference: "INV-2026-0003", amountMinor: 50_000 }],
      credits: [{ number: "CN-2026-0001", amountMinor: 10_000 }],
    });
    expect(settlement.lines.map((line) => line.amountMinor)).toEqual([
      60_000, 40_000, 15_000, -50_000, -10_000,
    ]);
    expect(settlement.balanceMinor).toBe(55_000);
  });

  it("rounds on running totals so the lines add up to the share met", () => {
    // 1,000.00 over three criteria, two met: 666.67 in all; 333.33 then 333.34, then 0.
    const settlement = computePartialSettlement({
      priceMinor: 100_000,
      deliverables: [
        { id: "a", title: "A", criteriaMet: 1, criteriaTotal: 1 },
        { id: "b", title: "B", criteriaMet: 1, criteriaTotal: 1 },
        { id: "c", title: "C", criteriaMet: 0, criteriaTotal: 1 },
      ],
      approvedChanges: [],
      payments: [],
      credits: [],
    });
    expect(settlement.lines.map((line) => line.amountMinor)).toEqual([33_333, 33_334, 0]);
    expect(settlement.balanceMinor).toBe(66_667);
  });

  it("shows a refund owed when more was paid than the criteria earned", () => {
    // 800.00 over four criteria, one met = 200.00; paid 800.00: the provider gives back 600.00.
    const settlement = computePartialSettlement({
      priceMinor: 80_000,
      deliverables: [{ id: "site", title: "Site", criteriaMet: 1, criteriaTotal: 4 }],
      approvedChanges: [],
      payments: [{ reference: "INV-1", amountMinor: 80_000 }],
      credits: [],
    });
    expect(settlement.balanceMinor).toBe(-60_000);
  });
});
