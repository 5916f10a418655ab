import { describe, expect, it } from "vitest";
import { hasBlockingFinding } from "../findings";
import {
  checkFairTerms,
  effectiveHourlyRateMinor,
  findingsToAcknowledge,
  type FloorRate,
} from "./fair-terms-check";
import type { AgreementTerms } from "./terms";

function fairTerms(overrides: Partial<AgreementTerms> = {}): AgreementTerms {
  return {
    scope: "Design and build the online shop described in the brief.",
    deliverables: [
      {
        id: "d1",
        title: "Shop",
        description: "Storefront with card payments",
        criteria: [
          {
            id: "c1",
            statement: "A card payment completes",
            verification: "Test purchase with a test card",
          },
        ],
        revisionLimit: 2,
        milestoneId: "m1",
        coversMustHaveIds: ["must-1"],
      },
    ],
    milestones: [{ id: "m1", title: "Launch", dueDate: "2027-02-15", amountMinor: 1_200_000 }],
    clientResponsibilities: [{ id: "r1", what: "Product photos", dueDate: "2026-12-15" }],
    providerResponsibilities: [{ id: "r2", what: "Weekly demo", dueDate: null }],
    methodology: "Two-week iterations with a demo at the end of each.",
    cadence: { checkInEveryDays: 7, channels: ["video call"] },
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
    handOverDuties: ["Transfer repository and credentials"],
    disputeLadder: ["negotiation", "amends", "mediation", "separation"],
    additionalClauses: [],
    isFloorWaived: false,
    ...overrides,
  };
}

const floor: FloorRate = { currency: "EUR", amountMinor: 50_000, unit: "day" };
const codes = (terms: AgreementTerms, f: FloorRate | null = floor) =>
  checkFairTerms(terms, f).map((x) => `${x.severity}:${x.code}:${x.path}`);

describe("fair-terms check", () => {
  it("finds nothing in fair terms", () => {
    expect(checkFairTerms(fairTerms(), floor)).toEqual([]);
  });

  it("blocks a paid milestone no deliverable leads to, and lets an unpaid one pass", () => {
    const base = fairTerms();
    const terms = fairTerms({
      milestones: [
        ...base.milestones,
        { id: "m2", title: "Go-live support", dueDate: "2027-03-01", amountMinor: 300_000 },
        { id: "m3", title: "Kick-off", dueDate: "2026-12-01", amountMinor: 0 },
      ],
    });
    expect(checkFairTerms(terms, floor)).toEqual([
      {
        code: "milestone_paid_without_deliverable",
        severity: "blocking",
        path: "milestones.1.amountMinor",
        values: { milestone: "Go-live support" },
      },
    ]);
    const unlinked = fairTerms({
      deliverables: base.deliverables.map((d) => ({ ...d, milestoneId: null })),
    });
    expect(codes(unlinked)).toEqual([
      "blocking:milestone_paid_without_deliverable:milestones.0.amountMinor",
    ]);
    expect(hasBlockingFinding(checkFairTerms(unlinked, floor))).toBe(true);
  });

  it("shows an amendment's pay cut as serious, signable once the provider acknowledges it", () => {
    const inForce = fairTerms();
    const cut = fairTerms({
      remuneration: { ...inForce.remuneration, amountMinor: 1_100_000 },
      milestones: [{ ...inForce.milestones[0]!, amountMinor: 1_100_000 }],
    });
    const findings = checkFairTerms(cut, floor, inForce);
    expect(codes(cut)).toEqual([]);
    expect(findings.map((f) => `${f.severity}:${f.code}`)).toEqual([
      "serious:pay_cut_without_scope_cut",
    ]);
    expect(hasBlockingFinding(findings)).toBe(false);
    expect(findingsToAcknowledge(findings, "provider")).toEqual(["pay_cut_without_scope_cut"]);
    expect(findingsToAcknowledge(findings, "client")).toEqual([]);
  });

  it("blocks a gag clause wherever it is written, naming its language", () => {
    const terms = fairTerms({
      additionalClauses: [{ id: "x", text: "Le client s'engage à ne publier aucun avis négatif." }],
    });
    expect(checkFairTerms(terms, floor)).toEqual([
      {
        code: "review_gag_clause",
        severity: "blocking",
        path: "additionalClauses.0.text",
        values: { language: "fr", matched: "se engage a ne … publier … avis" },
      },
    ]);
    const inScope = fairTerms({
      scope: "Website. The client shall not post any negative review of the provider.",
    });
    expect(codes(inScope)).toEqual(["blocking:review_gag_clause:scope"]);
  });

  it("blocks terms with no acceptance criteria at all", () => {
    const d = fairTerms().deliverables[0]!;
    expect(codes(fairTerms({ deliverables: [{ ...d, criteria: [] }] }))).toEqual([
      "blocking:acceptance_criteria_missing:deliverables",
    ]);
  });

  it("warns about one deliverable without criteria and a criterion without verification", () => {
    const d = fairTerms().deliverables[0]!;
    const vague = {
      ...d,
      id: "d2",
      criteria: [{ id: "c2", statement: "Looks good", verification: " " }],
    };
    const bare = { ...d, id: "d3", criteria: [] };
    expect(codes(fairTerms({ deliverables: [d, vague, bare] }))).toEqual([
      "warning:criterion_without_verification:deliverables.1.criteria.0.verification",
      "warning:deliverable_without_criteria:deliverables.2.criteria",
    ]);
  });

  it("blocks a price under the provider's floor unless the provider waives it", () => {
    const cheap = fairTerms({
      remuneration: { ...fairTerms().remuneration, amountMinor: 900_000 },
    });
    expect(checkFairTerms(cheap, floor)).toEqual([
      {
        code: "price_below_floor",
        severity: "blocking",
        path: "remuneration",
        values: {
          rate: { minor: 5625, currency: "EUR" },
          floor: { minor: 6250, currency: "EUR" },
          currency: "EUR",
        },
      },
    ]);
    expect(checkFairTerms({ ...cheap, isFloorWaived: true }, floor)).toEqual([]);
    expect(checkFairTerms(cheap, null)).toEqual([]);
  });

  it("compares a time-and-materials day rate with an hourly floor", () => {
    const tm = fairTerms({
      remuneration: {
        model: "time_and_materials",
        currency: "EUR",
        amountMinor: 2_000_000,
        rateMinor: 40_000,
        estimatedEffort: { unit: "day", quantity: 40 },
        retainerPeriod: null,
      },
    });
    expect(effectiveHourlyRateMinor(tm)).toBe(5_000);
    expect(codes(tm, { currency: "EUR", amountMinor: 6_000, unit: "hour" })).toEqual([
      "blocking:price_below_floor:remuneration",
    ]);
    expect(codes(tm, { currency: "EUR", amountMinor: 5_000, unit: "hour" })).toEqual([]);
  });

  it("warns about payment terms over 60 days, but not at 60", () => {
    expect(codes(fairTerms({ paymentTermsDays: 61 }))).toEqual([
      "warning:payment_terms_over_limit:paymentTermsDays",
    ]);
    expect(codes(fairTerms({ paymentTermsDays: 60 }))).toEqual([]);
  });

  it("warns about no review window, or one over 30 days", () => {
    expect(codes(fairTerms({ reviewWindowDays: null }))).toEqual([
      "warning:review_window_missing:reviewWindowDays",
    ]);
    expect(codes(fairTerms({ reviewWindowDays: 31 }))).toEqual([
      "warning:review_window_over_limit:reviewWindowDays",
    ]);
    expect(codes(fairTerms({ reviewWindowDays: 30 }))).toEqual([]);
  });

  it("warns about unlimited revisions, no notice period and no client responsibilities", () => {
    const d = fairTerms().deliverables[0]!;
    const terms = fairTerms({
      deliverables: [{ ...d, revisionLimit: null }],
      noticePeriodDays: null,
      clientResponsibilities: [],
    });
    expect(codes(terms)).toEqual([
      "warning:revisions_unlimited:deliverables.0.revisionLimit",
      "warning:notice_period_missing:noticePeriodDays",
      "warning:client_responsibilities_missing:clientResponsibilities",
    ]);
    expect(hasBlockingFinding(checkFairTerms(terms, floor))).toBe(false);
  });

  it("warns about a dispute clause that skips negotiation or mediation", () => {
    expect(codes(fairTerms({ disputeLadder: ["litigation"] }))).toEqual([
      "warning:dispute_skips_amicable_steps:disputeLadder",
    ]);
    expect(
      codes(fairTerms({ disputeLadder: ["negotiation", "arbitration", "mediation"] })),
    ).toEqual(["warning:dispute_skips_amicable_steps:disputeLadder"]);
    expect(codes(fairTerms({ disputeLadder: ["mediation", "negotiation"] }))).toEqual([
      "warning:dispute_skips_amicable_steps:disputeLadder",
    ]);
    expect(
      codes(fairTerms({ disputeLadder: ["negotiation", "mediation", "arbitration"] })),
    ).toEqual([]);
  });
});
