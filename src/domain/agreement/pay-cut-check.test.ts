import { describe, expect, it } from "vitest";
import { checkPayCut } from "./pay-cut-check";
import type { AgreementTerms, Remuneration } from "./terms";

function terms(remuneration: Partial<Remuneration>, deliverableIds = ["d1", "d2"]): AgreementTerms {
  return {
    scope: "Shop",
    deliverables: deliverableIds.map((id) => ({
      id,
      title: id,
      description: "",
      criteria: [],
      revisionLimit: 2,
      milestoneId: null,
      coversMustHaveIds: [],
    })),
    milestones: [],
    clientResponsibilities: [],
    providerResponsibilities: [],
    methodology: "",
    cadence: { checkInEveryDays: 7, channels: [] },
    responseTimes: { clientHours: 48, providerHours: 48 },
    remuneration: {
      model: "fixed",
      currency: "EUR",
      amountMinor: 1_000_000,
      rateMinor: null,
      estimatedEffort: { unit: "day", quantity: 20 },
      retainerPeriod: null,
      ...remuneration,
    },
    paymentTermsDays: 30,
    statutoryLateInterest: true,
    changeControl: { isAmendmentRequired: true, acknowledgementBelowMinor: null },
    reviewWindowDays: 10,
    hasDeemedAcceptance: true,
    noticePeriodDays: 30,
    handOverDuties: [],
    disputeLadder: ["negotiation", "mediation"],
    additionalClauses: [],
    isFloorWaived: false,
  };
}

const inForce = terms({});
const codes = (draft: AgreementTerms, before = inForce) =>
  checkPayCut(before, draft).map((f) => `${f.severity}:${f.code}:${f.path}`);

describe("pay cut in an amendment", () => {
  it("flags less pay for the same estimated effort, even by 1 %, at the serious level", () => {
    expect(checkPayCut(inForce, terms({ amountMinor: 990_000 }))).toEqual([
      {
        code: "pay_cut_without_scope_cut",
        severity: "serious",
        path: "remuneration.amountMinor",
        values: {
          paidBefore: { minor: 1_000_000, currency: "EUR" },
          paidAfter: { minor: 990_000, currency: "EUR" },
          currency: "EUR",
        },
      },
    ]);
  });

  it("flags a cut deeper than the scope cut, and leaves a proportional trim or a raise alone", () => {
    const effort = (days: number) => ({ unit: "day" as const, quantity: days });
    expect(codes(terms({ amountMinor: 800_000, estimatedEffort: effort(18) }))).toEqual([
      "serious:pay_cut_without_scope_cut:remuneration.amountMinor",
    ]);
    expect(codes(terms({ amountMinor: 900_000, estimatedEffort: effort(18) }))).toEqual([]);
    expect(codes(terms({ amountMinor: 1_100_000 }))).toEqual([]);
    // 20 days = 160 hours: the same scope written in hours is no scope cut.
    expect(
      codes(terms({ amountMinor: 900_000, estimatedEffort: { unit: "hour", quantity: 160 } })),
    ).toEqual(["serious:pay_cut_without_scope_cut:remuneration.amountMinor"]);
  });

  it("without effort estimates, counts the scope kept when every deliverable stays", () => {
    const before = terms({ estimatedEffort: null });
    expect(codes(terms({ estimatedEffort: null, amountMinor: 900_000 }), before)).toHaveLength(1);
    expect(codes(terms({ estimatedEffort: null, amountMinor: 900_000 }, ["d1"]), before)).toEqual(
      [],
    );
  });

  it("compares a time-and-materials rate per hour, and never across currencies or models", () => {
    const tm = (rateMinor: number, unit: "day" | "hour") =>
      terms({
        model: "time_and_materials",
        amountMinor: null,
        rateMinor,
        estimatedEffort: { unit, quantity: 10 },
      });
    expect(codes(tm(64_000, "day"), tm(80_000, "day"))).toEqual([
      "serious:pay_cut_without_scope_cut:remuneration.rateMinor",
    ]);
    expect(codes(tm(10_000, "hour"), tm(80_000, "day"))).toEqual([]);
    expect(codes(terms({ currency: "USD", amountMinor: 500_000 }))).toEqual([]);
    expect(codes(terms({ model: "retainer", amountMinor: 500_000 }))).toEqual([]);
  });
});
