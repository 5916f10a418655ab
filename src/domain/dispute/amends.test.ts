import { describe, expect, it } from "vitest";
import { amendsValueMinor, checkAmendsOffer, type AmendsContext } from "./amends";

const CONTEXT: AmendsContext = {
  deliverableIds: ["logo", "guide"],
  milestones: [{ id: "m1", dueDate: "2026-12-10" }],
  paidMinor: 50_000,
  creditableMinor: 120_000,
};

describe("amends offers", () => {
  it("accepts re-work, a credit note and an apology combined as one offer", () => {
    const items = [
      { kind: "rework", deliverableId: "logo" },
      { kind: "credit_note", amountMinor: 20_000 },
      { kind: "apology", text: "We missed the brief's colours; sorry." },
    ] as const;
    expect(checkAmendsOffer(items, "provider", CONTEXT)).toEqual({ ok: true });
    expect(amendsValueMinor(items)).toBe(20_000);
  });

  it("counts a credit note and a partial refund together in what the offer is worth", () => {
    expect(
      amendsValueMinor([
        { kind: "credit_note", amountMinor: 20_000 },
        { kind: "partial_refund", amountMinor: 5_000 },
        { kind: "extended_deadline", milestoneId: "m1", dueDate: "2026-12-20" },
      ]),
    ).toBe(25_000);
  });

  it.each([
    [[], "provider", "amends_empty"],
    [
      [
        { kind: "credit_note", amountMinor: 1 },
        { kind: "credit_note", amountMinor: 2 },
      ],
      "provider",
      "amends_repeated_kind",
    ],
    [[{ kind: "credit_note", amountMinor: 100 }], "client", "amends_not_yours"],
    [[{ kind: "rework", deliverableId: "logo" }], "client", "amends_not_yours"],
    [[{ kind: "credit_note", amountMinor: 0 }], "provider", "amends_amount_invalid"],
    [[{ kind: "credit_note", amountMinor: 10.5 }], "provider", "amends_amount_invalid"],
    [[{ kind: "credit_note", amountMinor: 120_001 }], "provider", "amends_over_limit"],
    [[{ kind: "partial_refund", amountMinor: 50_001 }], "provider", "amends_over_limit"],
    [[{ kind: "rework", deliverableId: "nope" }], "provider", "amends_unknown_item"],
    [
      [{ kind: "extended_deadline", milestoneId: "m1", dueDate: "2026-12-10" }],
      "client",
      "amends_deadline_not_later",
    ],
    [
      [{ kind: "extended_deadline", milestoneId: "m9", dueDate: "2027-01-10" }],
      "client",
      "amends_unknown_item",
    ],
    [[{ kind: "apology", text: "   " }], "client", "amends_apology_blank"],
  ] as const)("refuses %j from the %s: %s", (items, side, reason) => {
    expect(checkAmendsOffer(items, side, CONTEXT)).toEqual({ ok: false, reason });
  });

  it("lets the client grant more time and apologise", () => {
    expect(
      checkAmendsOffer(
        [
          { kind: "extended_deadline", milestoneId: "m1", dueDate: "2026-12-17" },
          { kind: "apology", text: "Our feedback came two weeks late." },
        ],
        "client",
        CONTEXT,
      ),
    ).toEqual({ ok: true });
  });
});
