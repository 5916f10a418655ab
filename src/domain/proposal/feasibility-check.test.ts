import { describe, expect, it } from "vitest";
import type { Brief } from "../brief/brief";
import { checkFeasibility, proposalTotalMinor } from "./feasibility-check";
import { isProposalExpired, type ProposalTerms } from "./proposal";

const TODAY = "2026-11-22";
const brief: Brief = {
  title: "Shop",
  goals: ["Sell online"],
  successMeasures: ["200 orders in 3 months"],
  mustHaves: [
    { id: "must-1", text: "Card payments" },
    { id: "must-2", text: "Shipping labels" },
  ],
  niceToHaves: [],
  skillIds: ["web.ecommerce"],
  budget: { currency: "EUR", minMinor: 1_000_000, maxMinor: 1_500_000 },
  clientPeople: [{ role: "Owner", hoursPerWeek: 4 }],
  businessModelScope: "D2C",
  constraints: [],
  earliestStart: "2026-12-01",
  deadline: "2027-03-01",
  preferredLanguages: ["en"],
};

function proposal(overrides: Partial<ProposalTerms> = {}): ProposalTerms {
  return {
    summary: "We build it in three iterations.",
    deliverables: [
      {
        id: "d1",
        title: "Shop",
        description: "",
        criteria: [
          { id: "c1", statement: "Card payment completes", verification: "Test purchase" },
        ],
        revisionLimit: 2,
        milestoneId: "m1",
        coversMustHaveIds: ["must-1", "must-2"],
      },
    ],
    milestones: [{ id: "m1", title: "Launch", dueDate: "2027-02-20", amountMinor: 1_400_000 }],
    methodology: "Iterations",
    cadence: { checkInEveryDays: 7, channels: ["call"] },
    clientResponsibilities: [],
    providerResponsibilities: [],
    remuneration: {
      model: "fixed",
      currency: "EUR",
      amountMinor: 1_400_000,
      rateMinor: null,
      estimatedEffort: null,
      retainerPeriod: null,
    },
    paymentTermsDays: 30,
    ...overrides,
  };
}

const codes = (p: ProposalTerms) =>
  checkFeasibility(p, brief, TODAY).map((f) => `${f.severity}:${f.code}:${f.path}`);

describe("proposal feasibility check", () => {
  it("finds nothing in a proposal within budget, before the deadline, covering every must-have", () => {
    expect(checkFeasibility(proposal(), brief, TODAY)).toEqual([]);
  });

  it("blocks a deliverable without criteria and flags a criterion without verification", () => {
    const d = proposal().deliverables[0]!;
    const p = proposal({
      deliverables: [
        { ...d, criteria: [] },
        { ...d, id: "d2", criteria: [{ id: "c", statement: "Fast", verification: "" }] },
      ],
    });
    expect(codes(p)).toEqual([
      "blocking:deliverable_without_criteria:deliverables.0.criteria",
      "warning:criterion_without_verification:deliverables.1.criteria.0.verification",
    ]);
  });

  it("blocks a milestone that asks for money but has no deliverable to earn it", () => {
    const p = proposal({
      milestones: [
        ...proposal().milestones,
        { id: "m2", title: "Retainer advance", dueDate: "2027-01-10", amountMinor: 100_000 },
      ],
      remuneration: { ...proposal().remuneration, amountMinor: 1_500_000 },
    });
    expect(codes(p)).toEqual([
      "blocking:milestone_paid_without_deliverable:milestones.1.amountMinor",
    ]);
  });

  it("warns when the price is over the brief's budget", () => {
    const p = proposal({ remuneration: { ...proposal().remuneration, amountMinor: 1_500_001 } });
    expect(checkFeasibility(p, brief, TODAY)).toEqual([
      {
        code: "over_budget",
        severity: "warning",
        path: "remuneration",
        values: {
          total: { minor: 1_500_001, currency: "EUR" },
          budget: { minor: 1_500_000, currency: "EUR" },
          currency: "EUR",
        },
      },
    ]);
  });

  it("says the currencies differ rather than comparing amounts across them", () => {
    const p = proposal({
      remuneration: { ...proposal().remuneration, currency: "USD", amountMinor: 9_999_999 },
    });
    expect(codes(p)).toEqual(["warning:currency_differs:remuneration.currency"]);
  });

  it("warns when the last milestone falls after the deadline", () => {
    const p = proposal({
      milestones: [{ id: "m1", title: "Launch", dueDate: "2027-03-02", amountMinor: 1 }],
    });
    expect(codes(p)).toEqual(["warning:later_than_deadline:milestones"]);
  });

  it("blocks a milestone already past: a plan cannot promise work by a day gone by", () => {
    const p = proposal({
      milestones: [
        { id: "m1", title: "Design", dueDate: "2026-11-21", amountMinor: 1 },
        { id: "m2", title: "Launch", dueDate: TODAY, amountMinor: 1 },
      ],
    });
    // Before 5 December 2026 only "before the client can start" was said, as a warning.
    expect(codes(p)).toContain("blocking:milestone_in_past:milestones.0.dueDate");
    expect(codes(p).filter((c) => c.includes("milestone_in_past"))).toHaveLength(1);
  });

  it("names each must-have no deliverable covers", () => {
    const d = proposal().deliverables[0]!;
    const p = proposal({ deliverables: [{ ...d, coversMustHaveIds: ["must-1"] }] });
    expect(checkFeasibility(p, brief, TODAY)).toEqual([
      {
        code: "must_have_uncovered",
        severity: "warning",
        path: "deliverables",
        values: { mustHave: "Shipping labels" },
      },
    ]);
  });

  it("totals a retainer over the months to the deadline, and flags uncapped time and materials", () => {
    const retainer = proposal({
      remuneration: {
        model: "retainer",
        currency: "EUR",
        amountMinor: 500_000,
        rateMinor: null,
        estimatedEffort: null,
        retainerPeriod: "month",
      },
    });
    expect(proposalTotalMinor(retainer, 3)).toBe(1_500_000);
    const tm = proposal({
      remuneration: {
        model: "time_and_materials",
        currency: "EUR",
        amountMinor: null,
        rateMinor: 60_000,
        estimatedEffort: { unit: "day", quantity: 20 },
        retainerPeriod: null,
      },
    });
    expect(proposalTotalMinor(tm, 3)).toBe(1_200_000);
    expect(codes(tm)).toEqual(["warning:uncapped_time_and_materials:remuneration"]);
  });

  it("counts a retainer's months from today when the brief's earliest start has passed", () => {
    const retainer = proposal({
      remuneration: {
        model: "retainer",
        currency: "EUR",
        amountMinor: 400_000,
        rateMinor: null,
        estimatedEffort: null,
        retainerPeriod: "month",
      },
    });
    // From today (November) to the deadline (March): 4 months, 1,600,000 over 1,500,000.
    const pastStart = { ...brief, earliestStart: "2026-01-05" };
    expect(checkFeasibility(retainer, pastStart, TODAY)).toEqual([
      {
        code: "over_budget",
        severity: "warning",
        path: "remuneration",
        values: {
          total: { minor: 1_600_000, currency: "EUR" },
          budget: { minor: 1_500_000, currency: "EUR" },
          currency: "EUR",
        },
      },
    ]);
  });

  it("blocks an offer whose validity has run out, standing through its last day; none never lapses", () => {
    expect(checkFeasibility(proposal({ validUntil: TODAY }), brief, TODAY)).toEqual([]);
    expect(checkFeasibility(proposal({ validUntil: null }), brief, TODAY)).toEqual([]);
    expect(checkFeasibility(proposal({ validUntil: "2026-11-21" }), brief, TODAY)).toEqual([
      {
        code: "valid_until_passed",
        severity: "blocking",
        path: "validUntil",
        values: { validUntil: { day: "2026-11-21" }, today: { day: TODAY } },
      },
    ]);
    expect(isProposalExpired({ validUntil: "2026-11-21" }, TODAY)).toBe(true);
    expect(isProposalExpired({ validUntil: TODAY }, TODAY)).toBe(false);
    expect(isProposalExpired({}, "2099-01-01")).toBe(false);
  });
});
