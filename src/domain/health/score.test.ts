import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLIENT_INPUTS, PROVIDER_INPUTS } from "./constants";
import { computeCohort, defaultCohort, findHarshRaters } from "./cohort";
import { scoreEngagement } from "./engagement-score";
import type { HealthFacts } from "./facts";
import { bestImprovement } from "./improvement";
import { scoreOrganisation } from "./org-aggregate";
import { recognitionFromCount } from "./recognition-signal";
import { scoreSide, scoreValue } from "./score";
import { NOW, factsWith, invoice } from "./test-facts";

const cohort = defaultCohort();

function submission(id: string, submittedAt: string, decidedAt: string) {
  return {
    id,
    deliverableId: id,
    deliverableTitle: id,
    round: 2,
    submittedAt,
    decidedAt,
    outcome: "accepted" as const,
  };
}

describe("a side's score", () => {
  it("needs evidence on both sides alike: nothing gone wrong yet is not a score of 100", () => {
    // Day 0 of an agreed engagement: effort agreed, nothing due, paid, judged or rated.
    const dayZero = factsWith({ agreedEffortHours: 100 });
    const both = scoreEngagement(dayZero, NOW, cohort);
    expect(both.provider.score).toBeNull();
    expect(both.client.score).toBeNull();
    // The same on the organisation's scorecard, past the minimum sample.
    const three = ["c1", "c2", "c3"].map((provider, index) =>
      factsWith({
        engagementId: `e${index}`,
        providerOrgId: provider,
        agreedEffortHours: 100,
      }),
    );
    const organisation = scoreOrganisation("client", "client-1", three, NOW, cohort);
    expect(organisation.isNew).toBe(false);
    expect(organisation.score).toBeNull();
    // What went wrong is evidence: an unpriced demand scores the client.
    const demanded = factsWith({
      agreedEffortHours: 100,
      changeRequests: [
        {
          id: "cr1",
          number: 1,
          title: "More",
          proposedSide: "client",
          state: "proposed",
          proposedAt: NOW,
          effortHours: 10,
        },
      ],
    });
    expect(scoreEngagement(demanded, NOW, cohort).client.score).toBeTypeOf("number");
  });

  it("weighs the inputs with evidence and shares the weight of those without", () => {
    const facts = factsWith({
      invoices: [
        invoice("A", "2026-11-01", "2026-11-11", 100_000),
        invoice("B", "2026-11-15", "2026-11-15", 300_000),
      ],
      agreedEffortHours: 100,
      changeRequests: [
        {
          id: "cr1",
          number: 1,
          title: "More",
          proposedSide: "client",
          state: "proposed",
          proposedAt: NOW,
          effortHours: null,
        },
        {
          id: "cr2",
          number: 2,
          title: "Extra",
          proposedSide: "client",
          state: "priced",
          proposedAt: NOW,
          effortHours: 5,
        },
      ],
      submissions: [
        submission("s1", "2026-11-02T09:00:00Z", "2026-11-04T09:00:00Z"),
        submission("s2", "2026-11-09T09:00:00Z", "2026-11-16T09:00:00Z"),
        submission("s3", "2026-11-16T09:00:00Z", "2026-11-20T09:00:00Z"),
      ],
      fairDealing: [{ id: "f1", kind: "discount_for_speed", at: NOW }],
    });
    const client = scoreEngagement(facts, NOW, cohort).client;
    // payment 91.667 × 35, scope 50 × 20, latency 85.714 × 15, fair dealing 75 × 10; satisfaction
    // has no rating, so the weights present sum to 80:
    // (3208.33 + 1000 + 1285.71 + 750) / 80 = 78.05
    expect(client.uncapped).toBeCloseTo(78.0506, 3);
    expect(client.score).toBe(78);
    const payment = client.inputs.find((i) => i.input === "payment");
    expect(payment).toMatchObject({ weight: 35, raw: 2.5 });
    // The explanation is rounded as the page reads it; the score above adds the exact points.
    expect(payment?.contribution).toBe(40.1);
    expect(payment?.evidence.map((e) => [e.label, e.value])).toEqual([
      ["A", 10],
      ["B", 0],
    ]);
    expect(client.inputs.find((i) => i.input === "satisfaction")).toMatchObject({
      normalised: null,
      contribution: null,
    });
  });

  it("has no score before any input has evidence", () => {
    expect(scoreEngagement(factsWith(), NOW, cohort).provider).toMatchObject({
      score: null,
      uncapped: null,
    });
  });

  it("caps the client at 50 with an invoice over 60 days overdue, not at 60", () => {
    const withOverdue = (dueDate: string) =>
      factsWith({
        invoices: [
          invoice("BIG", "2026-10-01", "2026-10-01", 100_000_000),
          invoice("SMALL", dueDate, null, 100),
        ],
      });
    // 60 days past due: (100 × 60 × 2) / 100000100 ≈ 0.00012 days → 99.9996; fair dealing 100.
    expect(scoreEngagement(withOverdue("2026-10-02"), NOW, cohort).client).toMatchObject({
      score: 100,
      cap: null,
    });
    const capped = scoreEngagement(withOverdue("2026-10-01"), NOW, cohort).client;
    expect(capped.score).toBe(50);
    expect(capped.cap).toEqual({ reason: "invoice_over_60_days", limit: 50 });
  });

  it("caps a side at 40 after a verified threat tied to a review", () => {
    const facts = factsWith({
      milestones: [
        { id: "m", title: "M", dueDate: "2026-11-01", deliveredAt: "2026-11-01T00:00:00Z" },
      ],
      threats: [{ id: "t1", side: "provider", at: NOW }],
    });
    // (1 + 4.25) / 6 = 0.875 → (0.875 − 0.7) / 0.25 = 70, capped at 40
    const provider = scoreEngagement(facts, NOW, cohort).provider;
    expect(provider.uncapped).toBeCloseTo(70, 6);
    expect(provider.score).toBe(40);
    expect(scoreEngagement({ ...facts, threats: [] }, NOW, cohort).provider.score).toBe(70);
  });

  it("holds payment at 70 under terms over 60 days, not at 60 days", () => {
    const facts = (paymentTermsDays: number) =>
      factsWith({ paymentTermsDays, invoices: [invoice("A", "2026-11-01", "2026-11-01")] });
    const payment = (days: number) =>
      scoreEngagement(facts(days), NOW, cohort).client.inputs.find((i) => i.input === "payment");
    expect(payment(60)).toMatchObject({ normalised: 100, cappedAt: null });
    expect(payment(61)).toMatchObject({ normalised: 70, cappedAt: 70 });
  });
});

describe("an organisation's score", () => {
  const engagement = (
    id: string,
    clientOrgId: string,
    lastActivityAt: string,
    isOnTime: boolean,
  ): HealthFacts =>
    factsWith({
      engagementId: id,
      clientOrgId,
      lastActivityAt,
      agreedPriceMinor: 99_900,
      milestones: [
        {
          id: `${id}-m`,
          title: "M",
          dueDate: "2026-05-01",
          deliveredAt: isOnTime ? "2026-05-01T00:00:00Z" : "2026-05-03T00:00:00Z",
        },
      ],
    });

  it("decays older engagements: weights ln(1000) and ½ ln(1000), relative 4/3 and 2/3", () => {
    const score = scoreOrganisation(
      "provider",
      "provider-1",
      [
        engagement("e1", "c1", NOW, true),
        engagement("e2", "c2", "2026-06-04T12:00:00.000Z", false),
      ],
      NOW,
      cohort,
    );
    // k = 4/3, n = 2: (1.3333 + 4.25) / 7 = 0.79762 → (0.79762 − 0.7) / 0.25 = 39.05
    const reliability = score.inputs.find((i) => i.input === "reliability");
    // Read as the page shows them: the sample to a tenth, the normalised value whole.
    expect(reliability?.sample).toEqual({ k: 1.3, n: 2 });
    expect(reliability?.normalised).toBe(39);
    expect(score.score).toBe(39);
    expect(score).toMatchObject({ engagementCount: 2, counterpartyCount: 2, isNew: true });
  });

  it("is new below 3 engagements with 2 counterparties, and drops engagements older than 24 months", () => {
    const three = [
      engagement("e1", "c1", NOW, true),
      engagement("e2", "c1", NOW, true),
      engagement("e3", "c2", NOW, true),
    ];
    expect(scoreOrganisation("provider", "provider-1", three, NOW, cohort).isNew).toBe(false);
    const oneClient = three.map((f) => ({ ...f, clientOrgId: "c1" }));
    expect(scoreOrganisation("provider", "provider-1", oneClient, NOW, cohort).isNew).toBe(true);
    const old = [
      ...three.slice(0, 2),
      { ...three[2]!, lastActivityAt: "2024-11-30T12:00:00.000Z" },
    ];
    expect(scoreOrganisation("provider", "provider-1", old, NOW, cohort)).toMatchObject({
      engagementCount: 2,
      isNew: true,
    });
  });
});

describe("the cohort", () => {
  const rated = (id: string, clientOrgId: string, rating: number): HealthFacts =>
    factsWith({
      engagementId: id,
      clientOrgId,
      providerOrgId: `p-${id}`,
      checkIns: [
        {
          checkInId: id,
          side: "client",
          raterOrgId: clientOrgId,
          relationshipRating: rating,
          counterpartRating: rating,
          answeredAt: NOW,
        },
      ],
    });

  it("finds the rater who rates at least three counterparts low, not one who rates two", () => {
    const grumpy = [rated("a", "grumpy", 3), rated("b", "grumpy", 5), rated("c", "grumpy", 6)];
    expect(findHarshRaters(grumpy)).toEqual(new Set(["grumpy"]));
    expect(findHarshRaters(grumpy.slice(0, 2))).toEqual(new Set());
    expect(findHarshRaters([...grumpy.slice(0, 2), rated("c", "grumpy", 7)])).toEqual(new Set());
  });

  it("takes the cohort's mean rating as the prior and lists smoothed means per organisation", () => {
    const c = computeCohort([rated("a", "x", 9), rated("b", "y", 5)], NOW);
    expect(c.priors.provider.rating).toBe(7);
    // (9 + 35) / 6 and (5 + 35) / 6
    expect(c.ratings.provider[0]).toBeCloseTo(40 / 6, 6);
    expect(c.ratings.provider[1]).toBeCloseTo(44 / 6, 6);
  });
});

describe("the single change that raises a score most", () => {
  it("names the invoice whose payment adds the most points", () => {
    const facts = factsWith({
      invoices: [invoice("INV-0042", "2026-11-13", null), invoice("INV-0043", "2026-11-25", null)],
    });
    // Before: (18 × 2 + 6 × 2) / 2 = 24 days → 20; (20 × 35 + 100 × 10) / 45 = 37.78 → 38
    expect(scoreEngagement(facts, NOW, cohort).client.score).toBe(38);
    // Pay INV-0042: (18 + 12) / 2 = 15 → 50; (1750 + 1000) / 45 = 61.1 → 61: +23
    // Pay INV-0043: (36 + 6) / 2 = 21 → 30; (1050 + 1000) / 45 = 45.6 → 46: +8
    expect(bestImprovement("client", facts, NOW, cohort)).toEqual({
      action: "pay_invoice",
      invoiceId: "INV-0042",
      number: "INV-0042",
      daysOverdue: 18,
      gain: 23,
    });
  });

  it("names the overdue milestone for a late provider, and nothing when nothing helps", () => {
    const facts = factsWith({
      milestones: [
        { id: "m1", title: "Design", dueDate: "2026-11-01", deliveredAt: "2026-11-01T00:00:00Z" },
        { id: "m2", title: "Build", dueDate: "2026-11-19", deliveredAt: null },
      ],
    });
    // Before: k 1, n 3: (1 + 4.25) / 8 = 0.65625 → 0. Delivered now: k 1, n 2: 5.25 / 7 = 0.75 → 20
    expect(bestImprovement("provider", facts, NOW, cohort)).toEqual({
      action: "deliver_milestone",
      milestoneId: "m2",
      title: "Build",
      daysLate: 12,
      gain: 20,
    });
    expect(bestImprovement("provider", factsWith(), NOW, cohort)).toBeNull();
  });
});

describe("the score alone", () => {
  it("is the explained score's number, to the bit, for any measures, caps and recognition", () => {
    const rate = fc.record({
      kind: fc.constant("rate" as const),
      k: fc.double({ min: 0, max: 20, noNaN: true }),
      n: fc.double({ min: 0, max: 20, noNaN: true }),
      evidence: fc.constant([]),
    });
    const value = fc.record({
      kind: fc.constant("value" as const),
      value: fc.option(fc.double({ min: -1, max: 40, noNaN: true })),
      evidence: fc.constant([]),
    });
    const rating = fc.record({
      kind: fc.constant("rating" as const),
      sum: fc.double({ min: 0, max: 100, noNaN: true }),
      weight: fc.double({ min: 0, max: 10, noNaN: true }),
      count: fc.nat(10),
      evidence: fc.constant([]),
    });
    const measure = fc.oneof(rate, value, rating);
    const flags = fc.record({
      hasVerifiedThreat: fc.boolean(),
      hasInvoiceOver60Days: fc.boolean(),
      hasLongPaymentTerms: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.constantFrom("client" as const, "provider" as const),
        fc.array(measure, { minLength: 5, maxLength: 5 }),
        flags,
        fc.nat(4),
        (side, measured, capFlags, recognitions) => {
          const names = side === "provider" ? PROVIDER_INPUTS : CLIENT_INPUTS;
          const measures = Object.fromEntries(names.map((input, i) => [input, measured[i]!]));
          const recognition = recognitionFromCount(recognitions);
          expect(scoreValue(side, measures, cohort, capFlags, recognition)).toBe(
            scoreSide(side, measures, cohort, capFlags, recognition).score,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
