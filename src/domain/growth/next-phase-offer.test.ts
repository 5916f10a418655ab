import { describe, expect, it } from "vitest";
import type { FloorRate } from "../agreement/fair-terms-check";
import type { AgreementTerms } from "../agreement/terms";
import {
  applyOfferToTerms,
  checkNextPhaseOffer,
  goalsToBring,
  isOfferAnswerable,
  isOfferReplaceable,
  offerGoalTitleTaken,
  waitingOfferLike,
  type NextPhaseOffer,
} from "./next-phase-offer";

const IN_FORCE: AgreementTerms = {
  scope: "The online shop.",
  deliverables: [
    {
      id: "d1",
      title: "Shop",
      description: "Storefront with card payments",
      criteria: [{ id: "c1", statement: "A card payment completes", verification: "Test card" }],
      revisionLimit: 2,
      milestoneId: "m1",
      coversMustHaveIds: [],
    },
  ],
  milestones: [{ id: "m1", title: "Launch", dueDate: "2027-02-15", amountMinor: 1_200_000 }],
  clientResponsibilities: [{ id: "r1", what: "Product photos", dueDate: null }],
  providerResponsibilities: [],
  methodology: "Two-week iterations.",
  cadence: { checkInEveryDays: 14, channels: ["video call"] },
  responseTimes: { clientHours: 48, providerHours: 24 },
  remuneration: {
    model: "fixed",
    currency: "EUR",
    amountMinor: 1_200_000,
    rateMinor: null,
    estimatedEffort: { unit: "day", quantity: 20 },
    retainerPeriod: null,
  },
  paymentTermsDays: 30,
  statutoryLateInterest: true,
  changeControl: { isAmendmentRequired: true, acknowledgementBelowMinor: null },
  reviewWindowDays: 10,
  hasDeemedAcceptance: true,
  noticePeriodDays: 30,
  handOverDuties: [],
  disputeLadder: ["negotiation", "amends", "mediation", "separation"],
  additionalClauses: [],
  isFloorWaived: false,
};

function offer(overrides: Partial<NextPhaseOffer["terms"]> = {}): NextPhaseOffer {
  return {
    title: "Loyalty programme",
    summary: "Points for returning customers, to lift conversion to 3.5%.",
    goals: [{ title: "Conversion", baseline: 2.6, target: 3.5, unit: "%", dueDate: null }],
    justifiedByGoalIds: ["g1"],
    terms: {
      // The same ids as the agreement's: the phase is written without knowing them.
      deliverables: [
        {
          id: "d1",
          title: "Loyalty points",
          description: "Points on every order",
          criteria: [{ id: "c1", statement: "Points are credited", verification: "Test order" }],
          revisionLimit: 2,
          milestoneId: "m1",
          coversMustHaveIds: [],
        },
      ],
      milestones: [
        { id: "m1", title: "Loyalty live", dueDate: "2027-05-01", amountMinor: 600_000 },
      ],
      remuneration: {
        model: "fixed",
        currency: "EUR",
        amountMinor: 600_000,
        rateMinor: null,
        estimatedEffort: { unit: "day", quantity: 10 },
        retainerPeriod: null,
      },
      ...overrides,
    },
  };
}

const floor: FloorRate = { currency: "EUR", amountMinor: 50_000, unit: "day" };
const TODAY = "2026-12-01";

describe("a next phase joining the agreement", () => {
  it("appends deliverables and milestones under ids of their own, each deliverable following its milestone", () => {
    const merged = applyOfferToTerms(IN_FORCE, offer());
    expect(merged.deliverables.map((d) => [d.id, d.milestoneId])).toEqual([
      ["d1", "m1"],
      ["d1-2", "m1-2"],
    ]);
    expect(merged.milestones.map((m) => m.id)).toEqual(["m1", "m1-2"]);
    expect(merged.scope).toBe(
      "The online shop.\n\nLoyalty programme\nPoints for returning customers, to lift conversion to 3.5%.",
    );
  });

  it("adds a fixed price and its estimate to the one in force", () => {
    const merged = applyOfferToTerms(IN_FORCE, offer());
    expect(merged.remuneration.amountMinor).toBe(1_800_000);
    expect(merged.remuneration.estimatedEffort).toEqual({ unit: "day", quantity: 30 });
  });

  it("prices the phase with its own model when the model changes", () => {
    const retainer = {
      model: "retainer" as const,
      currency: "EUR",
      amountMinor: 300_000,
      rateMinor: null,
      estimatedEffort: { unit: "day" as const, quantity: 5 },
      retainerPeriod: "month" as const,
    };
    expect(applyOfferToTerms(IN_FORCE, offer({ remuneration: retainer })).remuneration).toEqual(
      retainer,
    );
  });
});

describe("the checks a next phase goes through", () => {
  it("finds nothing in a measurable phase priced above the floor", () => {
    expect(checkNextPhaseOffer(offer(), IN_FORCE, floor, TODAY)).toEqual({
      feasibility: [],
      fairTerms: [],
    });
  });

  it("blocks a deliverable without acceptance criteria, pointed at the offer's own deliverable", () => {
    const base = offer().terms.deliverables[0]!;
    const found = checkNextPhaseOffer(
      offer({ deliverables: [{ ...base, criteria: [] }] }),
      IN_FORCE,
      floor,
      TODAY,
    );
    expect(found.feasibility).toContainEqual({
      code: "deliverable_without_criteria",
      severity: "blocking",
      path: "deliverables.0.criteria",
    });
    // Named once, by feasibility.
    expect(found.fairTerms.map((f) => f.code)).not.toContain("deliverable_without_criteria");
  });

  it("blocks a gag clause the phase brings, pointed into the offer", () => {
    const base = offer().terms.deliverables[0]!;
    const found = checkNextPhaseOffer(
      offer({
        deliverables: [
          { ...base, description: "The client shall not publish any negative review." },
        ],
      }),
      IN_FORCE,
      floor,
      TODAY,
    );
    expect(found.fairTerms).toContainEqual(
      expect.objectContaining({
        code: "review_gag_clause",
        severity: "blocking",
        path: "deliverables.0.description",
      }),
    );
  });

  it("blocks a price that takes the whole agreement under the provider's floor", () => {
    const found = checkNextPhaseOffer(
      offer({
        remuneration: {
          ...offer().terms.remuneration,
          amountMinor: 10_000,
          estimatedEffort: { unit: "day", quantity: 200 },
        },
      }),
      IN_FORCE,
      floor,
      TODAY,
    );
    expect(found.fairTerms.map((f) => [f.code, f.severity])).toContainEqual([
      "price_below_floor",
      "blocking",
    ]);
  });

  it("leaves out what the agreement in force already had", () => {
    const found = checkNextPhaseOffer(
      offer(),
      { ...IN_FORCE, noticePeriodDays: null, reviewWindowDays: null },
      floor,
      TODAY,
    );
    expect(found.fairTerms).toEqual([]);
  });
});

describe("answering an offer", () => {
  it("answers only a sent offer and replaces only one still open", () => {
    expect(isOfferAnswerable("sent")).toBe(true);
    for (const status of ["accepted", "declined", "change_requested", "superseded"] as const) {
      expect(isOfferAnswerable(status)).toBe(false);
    }
    expect(isOfferReplaceable("change_requested")).toBe(true);
    expect(isOfferReplaceable("accepted")).toBe(false);
    expect(isOfferReplaceable("declined")).toBe(false);
  });
});

describe("an offer sent again", () => {
  it("repeats the one still waiting word for word, whatever order its fields came in", () => {
    const sent = offer();
    const { justifiedByGoalIds, ...rest } = sent;
    const reordered: NextPhaseOffer = { justifiedByGoalIds, ...rest };
    expect(waitingOfferLike([{ status: "sent", offer: sent }], reordered)?.status).toBe("sent");
  });

  it("is a new offer once the client answered, or when anything in it differs", () => {
    const sent = offer();
    expect(
      waitingOfferLike([{ status: "change_requested", offer: sent }], offer()),
    ).toBeUndefined();
    expect(waitingOfferLike([{ status: "declined", offer: sent }], offer())).toBeUndefined();
    expect(
      waitingOfferLike([{ status: "sent", offer: sent }], { ...offer(), summary: "Another" }),
    ).toBeUndefined();
  });
});

describe("an offer's goal titles", () => {
  const set = [{ title: "Conversion" }];

  it("names the first goal whose title the engagement or an earlier goal of the offer has", () => {
    expect(
      offerGoalTitleTaken(set, [{ title: "Repeat orders" }, { title: " conversion" }]),
    ).toEqual({ index: 1, title: "Conversion", by: "engagement" });
    expect(
      offerGoalTitleTaken(set, [{ title: "Repeat orders" }, { title: "REPEAT ORDERS" }]),
    ).toEqual({ index: 1, title: "Repeat orders", by: "offer" });
    expect(offerGoalTitleTaken(set, [{ title: "Repeat orders" }])).toBeNull();
    // A repeat inside the offer is the request's own mistake: told before a title already set.
    expect(
      offerGoalTitleTaken(set, [
        { title: "Conversion" },
        { title: "Repeat orders" },
        { title: "repeat orders" },
      ]),
    ).toEqual({ index: 2, title: "Repeat orders", by: "offer" });
  });

  it("brings only the goals whose title the engagement does not have yet, once each", () => {
    const offered = [
      { title: "conversion" },
      { title: "Repeat orders" },
      { title: "repeat orders" },
    ];
    expect(goalsToBring(set, offered)).toEqual([{ title: "Repeat orders" }]);
  });
});
