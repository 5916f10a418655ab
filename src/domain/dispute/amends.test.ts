import { describe, expect, it } from "vitest";
import type { AgreementTerms } from "../agreement/terms";
import {
  amendsValueMinor,
  applyAmendsToTerms,
  checkAmendsOffer,
  type AmendsContext,
  refundOverLimitMinor,
} from "./amends";

const CONTEXT: AmendsContext = {
  deliverableIds: ["logo", "guide"],
  milestones: [
    { id: "m1", dueDate: "2026-12-10" },
    { id: "m0", dueDate: "2026-11-01" },
  ],
  refundableMinor: 50_000,
  creditableMinor: 120_000,
  openMinor: 70_000,
  today: "2026-12-04",
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
    expect(checkAmendsOffer(items, side, CONTEXT)).toMatchObject({ ok: false, reason });
  });

  it("names the item, its field and the limit it passed", () => {
    const refund = [
      { kind: "apology", text: "Sorry." },
      { kind: "partial_refund", amountMinor: 50_001 },
    ] as const;
    expect(checkAmendsOffer(refund, "provider", CONTEXT)).toEqual({
      ok: false,
      reason: "amends_over_limit",
      index: 1,
      field: "amountMinor",
      limitMinor: 50_000,
    });
    const deadline = [
      { kind: "extended_deadline", milestoneId: "m1", dueDate: "2026-12-01" },
    ] as const;
    expect(checkAmendsOffer(deadline, "client", CONTEXT)).toEqual({
      ok: false,
      reason: "amends_deadline_not_later",
      index: 0,
      field: "dueDate",
      dueDate: "2026-12-10",
    });
    expect(checkAmendsOffer([], "client", CONTEXT)).toEqual({
      ok: false,
      reason: "amends_empty",
      index: null,
      field: null,
    });
  });

  it("refuses more time that has already run out, naming today as the earliest day", () => {
    // Later than the milestone's date, but before the day of the offer: late from the start.
    const passed = [
      { kind: "extended_deadline", milestoneId: "m0", dueDate: "2026-12-03" },
    ] as const;
    expect(checkAmendsOffer(passed, "provider", CONTEXT)).toEqual({
      ok: false,
      reason: "amends_deadline_past",
      index: 0,
      field: "dueDate",
      dueDate: "2026-12-04",
    });
    const fromToday = [
      { kind: "extended_deadline", milestoneId: "m0", dueDate: "2026-12-04" },
    ] as const;
    expect(checkAmendsOffer(fromToday, "provider", CONTEXT)).toEqual({ ok: true });
  });

  it("refuses more time reaching past ten years ahead, naming the last day allowed", () => {
    const far = [{ kind: "extended_deadline", milestoneId: "m0", dueDate: "2036-12-05" }] as const;
    expect(checkAmendsOffer(far, "provider", CONTEXT)).toEqual({
      ok: false,
      reason: "amends_deadline_too_far",
      index: 0,
      field: "dueDate",
      dueDate: "2036-12-04",
    });
    const last = [{ kind: "extended_deadline", milestoneId: "m0", dueDate: "2036-12-04" }] as const;
    expect(checkAmendsOffer(last, "provider", CONTEXT)).toEqual({ ok: true });
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

describe("what a new offer may still refund", () => {
  it("counts the offer's credit note beyond what is open against its refund", () => {
    // €700.00 open, €500.00 may still be paid back: crediting €1,000.00 owes €300.00 back.
    const offer = (refundMinor: number) =>
      checkAmendsOffer(
        [
          { kind: "credit_note", amountMinor: 100_000 },
          { kind: "partial_refund", amountMinor: refundMinor },
        ],
        "provider",
        CONTEXT,
      );
    expect(offer(20_000)).toEqual({ ok: true });
    expect(offer(20_001)).toMatchObject({
      ok: false,
      reason: "amends_over_limit",
      index: 1,
      limitMinor: 20_000,
    });
  });

  it("keeps a credit note's part beyond what is open within what may still be paid back", () => {
    const credit = (amountMinor: number) =>
      checkAmendsOffer([{ kind: "credit_note", amountMinor }], "provider", {
        ...CONTEXT,
        refundableMinor: 0,
      });
    expect(credit(70_000)).toEqual({ ok: true });
    expect(credit(70_001)).toMatchObject({ reason: "amends_over_limit", limitMinor: 70_000 });
  });
});

describe("what accepted amends do to the terms", () => {
  const deliverable = (id: string, revisionLimit: number | null) => ({
    id,
    title: id,
    description: "",
    criteria: [],
    revisionLimit,
    milestoneId: "m1",
    coversMustHaveIds: [],
  });
  const terms = {
    deliverables: [deliverable("logo", 2), deliverable("guide", null)],
    milestones: [
      { id: "m1", title: "Identity", dueDate: "2026-12-10", amountMinor: 100_000 },
      { id: "m2", title: "Site", dueDate: "2027-01-10", amountMinor: 200_000 },
    ],
  } as unknown as AgreementTerms;

  it("gives a re-worked deliverable one round more and moves only the extended milestone", () => {
    const amended = applyAmendsToTerms(terms, [
      { kind: "rework", deliverableId: "logo" },
      { kind: "extended_deadline", milestoneId: "m1", dueDate: "2026-12-24" },
      { kind: "credit_note", amountMinor: 10_000 },
    ]);
    expect(amended?.deliverables.map((d) => d.revisionLimit)).toEqual([3, null]);
    expect(amended?.milestones.map((m) => m.dueDate)).toEqual(["2026-12-24", "2027-01-10"]);
  });

  it("keeps an unlimited deliverable unlimited, and leaves the terms alone for money and words", () => {
    expect(
      applyAmendsToTerms(terms, [{ kind: "rework", deliverableId: "guide" }])?.deliverables[1]
        ?.revisionLimit,
    ).toBeNull();
    expect(
      applyAmendsToTerms(terms, [
        { kind: "partial_refund", amountMinor: 5_000 },
        { kind: "apology", text: "Sorry." },
      ]),
    ).toBeNull();
  });
});

describe("an accepted offer's refund against the record", () => {
  const refund = (amountMinor: number) => ({ kind: "partial_refund" as const, amountMinor });
  it("fits within what may still be paid back, and names that limit when it does not", () => {
    expect(refundOverLimitMinor([refund(150_000)], 150_000)).toBeNull();
    expect(refundOverLimitMinor([{ kind: "apology", text: "Sorry." }], 0)).toBeNull();
    expect(refundOverLimitMinor([refund(150_000)], 0)).toBe(0);
    expect(refundOverLimitMinor([refund(150_000)], 100_000)).toBe(100_000);
  });
});
