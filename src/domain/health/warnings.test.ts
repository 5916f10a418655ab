import { describe, expect, it } from "vitest";
import type { CheckInFact, HealthFacts, MilestoneFact } from "./facts";
import { NOW, factsWith, invoice } from "./test-facts";
import { diffWarnings, engagementWarnings, type WarningCode } from "./warnings";

function only(code: WarningCode, facts: HealthFacts) {
  return engagementWarnings(facts, NOW).filter((w) => w.code === code);
}
function levels(code: WarningCode, facts: HealthFacts) {
  return only(code, facts).map((w) => w.level);
}

describe("engagement warnings", () => {
  it("overdue invoice: amber over 15 days, red over 30, gone when paid", () => {
    const due = (dueDate: string, paidOn: string | null = null) =>
      factsWith({ invoices: [invoice("INV-7", dueDate, paidOn)] });
    expect(levels("overdue_invoice", due("2026-11-16"))).toEqual([]); // 15 days
    expect(levels("overdue_invoice", due("2026-11-15"))).toEqual(["amber"]); // 16
    expect(levels("overdue_invoice", due("2026-11-01"))).toEqual(["amber"]); // 30
    expect(levels("overdue_invoice", due("2026-10-31"))).toEqual(["red"]); // 31
    expect(levels("overdue_invoice", due("2026-10-31", "2026-12-01"))).toEqual([]);
    expect(only("overdue_invoice", due("2026-10-31"))[0]).toMatchObject({
      key: "overdue_invoice:INV-7",
      responsibleSide: "client",
      values: { number: "INV-7", days: 31 },
      nextStep: "pay_invoice",
      evidence: [{ kind: "invoice", id: "INV-7", label: "INV-7", value: 31 }],
    });
  });

  it("payment terms: red over 60 days unless expressly agreed", () => {
    expect(levels("payment_terms", factsWith({ paymentTermsDays: 60 }))).toEqual([]);
    expect(levels("payment_terms", factsWith({ paymentTermsDays: 61 }))).toEqual(["red"]);
    expect(
      levels(
        "payment_terms",
        factsWith({ paymentTermsDays: 61, isLongPaymentTermsExpresslyAgreed: true }),
      ),
    ).toEqual([]);
  });

  it("unpriced changes: amber over 20 % of agreed effort, red over 30 %, cleared by approval", () => {
    const demand = (effortHours: number, state: "priced" | "approved" = "priced") =>
      factsWith({
        agreedEffortHours: 100,
        changeRequests: [
          {
            id: "cr",
            number: 3,
            title: "Dark mode",
            proposedSide: "client",
            state,
            proposedAt: NOW,
            effortHours,
          },
        ],
      });
    expect(levels("unpriced_changes", demand(20))).toEqual([]);
    expect(levels("unpriced_changes", demand(21))).toEqual(["amber"]);
    expect(levels("unpriced_changes", demand(30))).toEqual(["amber"]);
    expect(levels("unpriced_changes", demand(31))).toEqual(["red"]);
    expect(levels("unpriced_changes", demand(31, "approved"))).toEqual([]);
    expect(only("unpriced_changes", demand(31))[0]).toMatchObject({
      values: { percent: 31, count: 1 },
      nextStep: "price_changes",
    });
  });

  it("pay cut without scope cut: red on any", () => {
    expect(levels("pay_cut_without_scope_cut", factsWith())).toEqual([]);
    expect(
      levels(
        "pay_cut_without_scope_cut",
        factsWith({ fairDealing: [{ id: "v3", kind: "pay_cut_without_scope_cut", at: NOW }] }),
      ),
    ).toEqual(["red"]);
  });

  it("evaluation pending: amber over 5 business days, red when the window passed (deemed accepted)", () => {
    const pending = (
      submittedAt: string,
      decidedAt: string | null = null,
      outcome: "deemed_accepted" | "accepted" | null = null,
    ) =>
      factsWith({
        submissions: [
          {
            id: "s",
            deliverableId: "d",
            deliverableTitle: "Logo",
            round: 1,
            submittedAt,
            decidedAt,
            outcome,
          },
        ],
      });
    expect(levels("evaluation_pending", pending("2026-11-24T10:00:00Z"))).toEqual([]); // 5 business days
    expect(levels("evaluation_pending", pending("2026-11-23T10:00:00Z"))).toEqual(["amber"]); // 6
    expect(
      levels(
        "evaluation_pending",
        pending("2026-11-10T10:00:00Z", "2026-11-20T10:00:00Z", "deemed_accepted"),
      ),
    ).toEqual(["red"]);
    // Deemed accepted, the round can no longer be evaluated: the step is to evaluate in time.
    expect(
      only(
        "evaluation_pending",
        pending("2026-11-10T10:00:00Z", "2026-11-20T10:00:00Z", "deemed_accepted"),
      )[0]?.nextStep,
    ).toBe("evaluate_in_time");
    expect(only("evaluation_pending", pending("2026-11-23T10:00:00Z"))[0]?.nextStep).toBe(
      "evaluate_submission",
    );
    expect(
      levels(
        "evaluation_pending",
        pending("2026-10-10T10:00:00Z", "2026-10-31T10:00:00Z", "deemed_accepted"),
      ),
    ).toEqual([]);
    expect(
      levels(
        "evaluation_pending",
        pending("2026-11-10T10:00:00Z", "2026-11-20T10:00:00Z", "accepted"),
      ),
    ).toEqual([]);
  });

  it("provider late: amber under 90 % of milestones or replies on time over 60 days", () => {
    const milestones = (onTime: number, late: number): MilestoneFact[] => [
      ...Array.from({ length: onTime }, (_, i) => ({
        id: `ok${i}`,
        title: "ok",
        dueDate: "2026-11-10",
        deliveredAt: "2026-11-09T00:00:00Z",
      })),
      ...Array.from({ length: late }, (_, i) => ({
        id: `late${i}`,
        title: "late",
        dueDate: "2026-11-10",
        deliveredAt: "2026-11-12T00:00:00Z",
      })),
    ];
    expect(levels("provider_late", factsWith({ milestones: milestones(9, 1) }))).toEqual([]); // 90 %
    expect(levels("provider_late", factsWith({ milestones: milestones(8, 1) }))).toEqual(["amber"]); // 88.9 %
    // Older than 60 days: out of the window.
    const old = milestones(0, 1).map((m) => ({
      ...m,
      dueDate: "2026-09-01",
      deliveredAt: "2026-09-05T00:00:00Z",
    }));
    expect(levels("provider_late", factsWith({ milestones: old }))).toEqual([]);
    const slow = factsWith({
      responseHours: { clientHours: 24, providerHours: 24 },
      messages: [
        { side: "client", thread: "t", at: "2026-11-20T00:00:00Z" },
        { side: "provider", thread: "t", at: "2026-11-22T00:00:00Z" },
      ],
    });
    expect(only("provider_late", slow)[0]).toMatchObject({
      level: "amber",
      values: { repliesOnTime: 0, replies: 1 },
    });
  });

  it("low private rating: amber from one side, red from both or twice in 90 days", () => {
    const answer = (
      side: "client" | "provider",
      rating: number,
      answeredAt = "2026-11-20T00:00:00Z",
    ): CheckInFact => ({
      checkInId: `ci-${answeredAt}`,
      side,
      raterOrgId: side === "client" ? "client-1" : "provider-1",
      relationshipRating: 9,
      counterpartRating: rating,
      answeredAt,
    });
    expect(levels("low_private_rating", factsWith({ checkIns: [answer("client", 7)] }))).toEqual(
      [],
    );
    expect(levels("low_private_rating", factsWith({ checkIns: [answer("client", 6)] }))).toEqual([
      "amber",
    ]);
    expect(
      levels(
        "low_private_rating",
        factsWith({ checkIns: [answer("client", 6), answer("provider", 5)] }),
      ),
    ).toEqual(["red"]);
    expect(
      levels(
        "low_private_rating",
        factsWith({ checkIns: [answer("client", 6), answer("client", 4, "2026-10-01T00:00:00Z")] }),
      ),
    ).toEqual(["red"]);
    expect(
      levels(
        "low_private_rating",
        factsWith({ checkIns: [answer("client", 6), answer("client", 4, "2026-09-01T00:00:00Z")] }),
      ),
    ).toEqual(["amber"]);
    // The warning carries no rating.
    expect(
      JSON.stringify(only("low_private_rating", factsWith({ checkIns: [answer("client", 6)] }))),
    ).not.toContain('"rating"');
  });

  it("low private rating: names its evidence by the day of the rating, as satisfaction does, never by an id", () => {
    const lowReview: CheckInFact = {
      checkInId: "review:r1",
      side: "client",
      raterOrgId: "client-1",
      relationshipRating: 9,
      counterpartRating: 4,
      answeredAt: "2026-11-20T09:30:00Z",
    };
    const [warning] = only("low_private_rating", factsWith({ checkIns: [lowReview] }));
    expect(warning?.evidence).toEqual([
      { kind: "check_in", id: "review:r1", label: "2026-11-20", value: null },
    ]);
  });

  it("dispute unanswered: amber at 3 business days, red at 5, gone once answered", () => {
    const dispute = (openedAt: string, answeredAt: string | null = null) =>
      factsWith({ disputes: [{ id: "dp", openedBySide: "provider", openedAt, answeredAt }] });
    expect(levels("dispute_unanswered", dispute("2026-11-27T12:00:00Z"))).toEqual([]); // 2
    expect(levels("dispute_unanswered", dispute("2026-11-26T12:00:00Z"))).toEqual(["amber"]); // 3
    expect(levels("dispute_unanswered", dispute("2026-11-25T12:00:00Z"))).toEqual(["amber"]); // 4
    expect(levels("dispute_unanswered", dispute("2026-11-24T12:00:00Z"))).toEqual(["red"]); // 5
    expect(levels("dispute_unanswered", dispute("2026-11-24T12:00:00Z", NOW))).toEqual([]);
    expect(only("dispute_unanswered", dispute("2026-11-24T12:00:00Z"))[0]?.responsibleSide).toBe(
      "client",
    );
  });

  it("dispute unanswered: asks for the answer while it can be given, for the mediation once the ladder moved on, and goes when the ladder ends", () => {
    const opening = { id: "dp", openedBySide: "provider" as const, answeredAt: null };
    const waiting = factsWith({ disputes: [{ ...opening, openedAt: "2026-11-26T12:00:00Z" }] });
    expect(only("dispute_unanswered", waiting)[0]?.nextStep).toBe("answer_dispute");
    const movedOn = factsWith({
      disputes: [
        { ...opening, openedAt: "2026-11-23T12:00:00Z", movedOnAt: "2026-11-30T12:00:00Z" },
      ],
    });
    expect(only("dispute_unanswered", movedOn)).toEqual([
      expect.objectContaining({ level: "red", nextStep: "take_part_in_mediation" }),
    ]);
    const closed = factsWith({
      disputes: [
        {
          ...opening,
          openedAt: "2026-11-10T12:00:00Z",
          movedOnAt: "2026-11-17T12:00:00Z",
          closedAt: "2026-12-01T12:00:00Z",
        },
      ],
    });
    expect(levels("dispute_unanswered", closed)).toEqual([]);
  });
});

describe("raising and clearing", () => {
  it("raises new and changed warnings and clears those whose cause went away", () => {
    const before = engagementWarnings(
      factsWith({ invoices: [invoice("A", "2026-11-15", null)], paymentTermsDays: 61 }),
      NOW,
    );
    const after = engagementWarnings(
      factsWith({
        invoices: [invoice("A", "2026-10-30", null)],
        agreedEffortHours: 10,
        changeRequests: [
          {
            id: "c",
            number: 1,
            title: "x",
            proposedSide: "client",
            state: "proposed",
            proposedAt: NOW,
            effortHours: 4,
          },
        ],
      }),
      NOW,
    );
    const diff = diffWarnings(before, after);
    expect(diff.raised.map((w) => `${w.key}/${w.level}`)).toEqual([
      "overdue_invoice:A/red",
      "unpriced_changes:scope/red",
    ]);
    expect(diff.cleared).toEqual(["payment_terms:agreement"]);
  });
});
