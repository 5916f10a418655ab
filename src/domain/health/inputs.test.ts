import { describe, expect, it } from "vitest";
import { defaultCohort } from "./cohort";
import { scoreEngagement } from "./engagement-score";
import {
  measureCostAdherence,
  measureFeedbackLatency,
  measurePayment,
  measureQuality,
  measureReliability,
  measureRepliesOf,
  measureSatisfaction,
  measureScopeStability,
} from "./measures";
import { normaliseInput } from "./score";
import { NOW, factsWith, invoice } from "./test-facts";

const cohort = defaultCohort();
const noDiscounts = { harshRaterOrgIds: new Set<string>() };

function normalised(
  side: "client" | "provider",
  input: Parameters<typeof normaliseInput>[1],
  measure: Parameters<typeof normaliseInput>[2],
) {
  return normaliseInput(side, input, measure, cohort).normalised;
}

describe("provider inputs", () => {
  it("reliability: on time, late, and overdue-undelivered (two misses); future ones wait", () => {
    const measure = measureReliability(
      factsWith({
        milestones: [
          { id: "m1", title: "Design", dueDate: "2026-11-01", deliveredAt: "2026-10-30T10:00:00Z" },
          { id: "m2", title: "Build", dueDate: "2026-11-10", deliveredAt: "2026-11-12T10:00:00Z" },
          { id: "m3", title: "Test", dueDate: "2026-11-20", deliveredAt: null },
          { id: "m4", title: "Launch", dueDate: "2026-12-10", deliveredAt: null },
        ],
      }),
      NOW,
    );
    expect(measure).toMatchObject({ kind: "rate", k: 1, n: 4 });
    // (1 + 5 × 0.85) / (4 + 5) = 0.5833 < floor 0.70
    expect(normalised("provider", "reliability", measure)).toBe(0);
  });

  it("reliability: 9 of 10 smoothed to 0.8833 scores 73.33", () => {
    const measure = { kind: "rate" as const, k: 9, n: 10, evidence: [] };
    // (9 + 4.25) / 15 = 0.88333; (0.88333 − 0.70) / 0.25 = 0.7333
    expect(normalised("provider", "reliability", measure)).toBeCloseTo(73.333, 3);
  });

  it("quality: first rounds accepted (or deemed accepted) of first rounds judged", () => {
    const submission = (
      id: string,
      round: number,
      outcome: "accepted" | "changes_requested" | "deemed_accepted" | null,
    ) => ({
      id,
      deliverableId: `d-${id}`,
      deliverableTitle: id,
      round,
      submittedAt: "2026-11-02T09:00:00Z",
      decidedAt: outcome ? "2026-11-03T09:00:00Z" : null,
      outcome,
    });
    const measure = measureQuality(
      factsWith({
        submissions: [
          submission("a", 1, "accepted"),
          submission("b", 1, "deemed_accepted"),
          submission("c", 1, "changes_requested"),
          submission("c2", 2, "accepted"),
          submission("d", 1, null),
        ],
      }),
    );
    expect(measure).toMatchObject({ k: 2, n: 3 });
    // (2 + 5 × 0.7) / 8 = 0.6875; (0.6875 − 0.5) / 0.4 = 0.46875
    expect(normalised("provider", "quality", measure)).toBeCloseTo(46.875, 6);
  });

  it("responsiveness: within the agreed hours, late, and overdue-unanswered (two misses)", () => {
    const measure = measureRepliesOf(
      "provider",
      factsWith({
        responseHours: { clientHours: 48, providerHours: 24 },
        messages: [
          { side: "client", thread: "t1", at: "2026-11-20T00:00:00Z" },
          { side: "provider", thread: "t1", at: "2026-11-20T10:00:00Z" },
          { side: "client", thread: "t2", at: "2026-11-20T00:00:00Z" },
          { side: "provider", thread: "t2", at: "2026-11-21T06:00:00Z" },
          { side: "client", thread: "t3", at: "2026-11-29T12:00:00Z" },
          { side: "client", thread: "t4", at: "2026-12-01T06:00:00Z" },
        ],
      }),
      NOW,
    );
    // t1 within 10 h, t2 late at 30 h, t3 unanswered for 48 h > 24 (2 misses), t4 still in time.
    expect(measure).toMatchObject({ kind: "rate", k: 1, n: 4 });
  });

  it("cost adherence: 1.00 scores 100, 1.10 scores 50, 1.20 scores 0, credits count off", () => {
    const at = (invoicedMinor: number, creditedMinor = 0) =>
      measureCostAdherence(
        factsWith({
          agreedPriceMinor: 1_000_000,
          invoices: [
            { ...invoice("INV-1", "2026-11-01", "2026-11-01", invoicedMinor), creditedMinor },
          ],
        }),
      );
    expect(normalised("provider", "costAdherence", at(1_000_000))).toBe(100);
    expect(normalised("provider", "costAdherence", at(900_000))).toBe(100);
    expect(normalised("provider", "costAdherence", at(1_100_000))).toBeCloseTo(50, 6);
    expect(normalised("provider", "costAdherence", at(1_200_000))).toBeCloseTo(0, 6);
    expect(normalised("provider", "costAdherence", at(1_300_000, 200_000))).toBeCloseTo(50, 6);
    expect(measureCostAdherence(factsWith({ agreedPriceMinor: null })).kind === "value").toBe(true);
    expect(
      normalised(
        "provider",
        "costAdherence",
        measureCostAdherence(factsWith({ agreedPriceMinor: null })),
      ),
    ).toBeNull();
  });

  it("satisfaction: smoothed mean rating, a cohort percentile, harsh raters at half weight", () => {
    const facts = factsWith({
      checkIns: [
        {
          checkInId: "c1",
          side: "client",
          raterOrgId: "client-1",
          relationshipRating: 8,
          counterpartRating: 8,
          answeredAt: "2026-11-20T00:00:00Z",
        },
        // The provider's own answer does not rate the provider.
        {
          checkInId: "c1",
          side: "provider",
          raterOrgId: "provider-1",
          relationshipRating: 2,
          counterpartRating: 2,
          answeredAt: "2026-11-20T00:00:00Z",
        },
      ],
    });
    const plain = measureSatisfaction("provider", facts, noDiscounts);
    const harsh = measureSatisfaction("provider", facts, {
      harshRaterOrgIds: new Set(["client-1"]),
    });
    const withCohort = { ...cohort, ratings: { client: [], provider: [7.1, 7.15, 7.16] } };
    // (8 + 5 × 7) / 6 = 7.1667, above every cohort value → 100
    expect(normaliseInput("provider", "satisfaction", plain, withCohort)).toEqual({
      raw: 43 / 6,
      normalised: 100,
    });
    // (0.5 × 8 + 35) / 5.5 = 7.0909, below every one → 0
    expect(normaliseInput("provider", "satisfaction", harsh, withCohort).raw).toBeCloseTo(
      7.0909,
      4,
    );
    expect(normaliseInput("provider", "satisfaction", harsh, withCohort).normalised).toBe(0);
    // Ranked among fewer than three, a percentile is no cover (among none it was ten times the
    // smoothed mean, 71.667, from which the client's lone 8 could be worked back): no value yet.
    for (const provider of [[], [7.1], [7.1, 7.15]]) {
      const small = { ...cohort, ratings: { client: [], provider } };
      expect(normaliseInput("provider", "satisfaction", plain, small).normalised).toBeNull();
    }
    // Evidence names the check-in, never an answer.
    expect(plain.evidence).toEqual([
      { kind: "check_in", id: "c1", label: "2026-11-20", value: null },
    ]);
  });
});

describe("client inputs", () => {
  it("payment: value-weighted days past due, open overdue invoices counted twice", () => {
    const measure = measurePayment(
      factsWith({
        invoices: [
          invoice("A", "2026-11-01", "2026-11-11", 100_000),
          invoice("B", "2026-11-15", "2026-11-15", 300_000),
          invoice("C", "2026-12-20", null, 500_000),
        ],
      }),
      NOW,
    );
    // (100000 × 10 + 300000 × 0) / 400000 = 2.5 days; C is not due yet.
    expect(measure).toMatchObject({ kind: "value", value: 2.5 });
    expect(normalised("client", "payment", measure)).toBeCloseTo(91.6667, 4);
    const open = measurePayment(factsWith({ invoices: [invoice("D", "2026-11-16", null)] }), NOW);
    // 15 days so far, counted twice = 30 → 0
    expect(open).toMatchObject({ value: 30 });
    expect(normalised("client", "payment", open)).toBe(0);
  });

  it("scope stability: unpriced client demands over agreed effort; approved changes cost nothing", () => {
    const change = (
      id: string,
      state: "proposed" | "priced" | "approved" | "closed",
      effortHours: number | null,
      proposedSide: "client" | "provider" = "client",
    ) => ({
      id,
      number: Number(id.slice(2)),
      title: id,
      proposedSide,
      state,
      proposedAt: "2026-11-01T00:00:00Z",
      effortHours,
    });
    const measure = measureScopeStability(
      factsWith({
        agreedEffortHours: 100,
        changeRequests: [
          change("cr1", "proposed", null),
          change("cr2", "priced", 5),
          change("cr3", "approved", 20),
          change("cr4", "closed", 40),
          change("cr5", "proposed", null, "provider"),
        ],
      }),
    );
    // cr1 presumed 10 % of 100 h, cr2 priced 5 h: u = 15 / 100
    expect(measure).toMatchObject({ value: 0.15 });
    expect(normalised("client", "scopeStability", measure)).toBeCloseTo(50, 6);
  });

  it("feedback latency: median business days; a late pending round counts twice", () => {
    const submission = (id: string, submittedAt: string, decidedAt: string | null) => ({
      id,
      deliverableId: id,
      deliverableTitle: id,
      round: 1,
      submittedAt,
      decidedAt,
      outcome: decidedAt ? ("accepted" as const) : null,
    });
    const facts = factsWith({
      submissions: [
        submission("s1", "2026-11-02T09:00:00Z", "2026-11-04T09:00:00Z"), // 2
        submission("s2", "2026-11-09T09:00:00Z", "2026-11-16T09:00:00Z"), // 5
        submission("s3", "2026-11-16T09:00:00Z", "2026-11-20T09:00:00Z"), // 4
        submission("s4", "2026-11-26T09:00:00Z", null), // 3 so far: not late yet, not counted
      ],
    });
    const measure = measureFeedbackLatency(facts, NOW);
    expect(measure).toMatchObject({ value: 4 });
    // (10 − 4) / 7
    expect(normalised("client", "feedbackLatency", measure)).toBeCloseTo(85.714, 3);
    expect(normalised("client", "feedbackLatency", { kind: "value", value: 3, evidence: [] })).toBe(
      100,
    );
    expect(
      normalised("client", "feedbackLatency", { kind: "value", value: 10, evidence: [] }),
    ).toBe(0);
    const late = measureFeedbackLatency(
      factsWith({ submissions: [submission("s5", "2026-11-23T09:00:00Z", null)] }),
      NOW,
    );
    // 6 business days so far, counted twice
    expect(late).toMatchObject({ value: 12 });
  });

  it("fair dealing: −25 for each incident", () => {
    const incidents = (count: number) =>
      factsWith({
        fairDealing: Array.from({ length: count }, (_, i) => ({
          id: `f${i}`,
          kind: "unpaid_spec_work" as const,
          at: NOW,
        })),
      });
    expect(
      scoreEngagement(incidents(0), NOW, cohort).client.inputs.find(
        (i) => i.input === "fairDealing",
      )?.normalised,
    ).toBe(100);
    expect(
      scoreEngagement(incidents(3), NOW, cohort).client.inputs.find(
        (i) => i.input === "fairDealing",
      )?.normalised,
    ).toBe(25);
    expect(
      scoreEngagement(incidents(5), NOW, cohort).client.inputs.find(
        (i) => i.input === "fairDealing",
      )?.normalised,
    ).toBe(0);
  });
});
