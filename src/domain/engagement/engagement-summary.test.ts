import { describe, expect, it } from "vitest";
import type { Deliverable } from "../agreement/terms";
import { summariseEngagement, type SummaryFacts } from "./engagement-summary";

function deliverable(id: string, milestoneId: string): Deliverable {
  return {
    id,
    title: id,
    description: "",
    milestoneId,
    criteria: [],
    revisionLimit: 2,
    coversMustHaveIds: [],
  };
}

const TERMS: SummaryFacts["inForce"] = {
  milestones: [
    { id: "m1", title: "Design", dueDate: "2026-01-10", amountMinor: 100_000 },
    { id: "m2", title: "Build", dueDate: "2026-02-20", amountMinor: 200_000 },
    { id: "m3", title: "Launch", dueDate: "2026-02-01", amountMinor: 50_000 },
  ],
  deliverables: [deliverable("d1", "m1"), deliverable("d2", "m2"), deliverable("d3", "m3")],
};

const NOTHING: SummaryFacts = {
  inForce: TERMS,
  draft: null,
  submissions: [],
  changeRequests: [],
  invoices: [],
  payments: [],
  creditNotes: [],
};

const TODAY = "2026-01-15";

describe("an engagement at a glance", () => {
  it("counts a milestone accepted once its deliverables' latest rounds are accepted, and names the next one due", () => {
    const summary = summariseEngagement(
      {
        ...NOTHING,
        submissions: [
          { deliverableId: "d1", round: 1, status: "changes_requested", reviewDueAt: null },
          { deliverableId: "d1", round: 2, status: "deemed_accepted", reviewDueAt: null },
          {
            deliverableId: "d3",
            round: 1,
            status: "in_review",
            reviewDueAt: "2026-01-20T09:00:00.000Z",
          },
        ],
      },
      TODAY,
      null,
    );
    expect(summary.milestones).toEqual({ accepted: 1, total: 3, nextDueDate: "2026-02-01" });
    expect(summary.nextDeadline).toEqual({ kind: "review_ends", at: "2026-01-20T09:00:00.000Z" });
    expect(summary.waiting).toEqual([{ side: "client", kind: "evaluate_round", count: 1 }]);
  });

  it("has no progress to show before an agreement is in force, and both sides to sign a draft", () => {
    const summary = summariseEngagement(
      { ...NOTHING, inForce: null, draft: { signedSides: [] } },
      TODAY,
      null,
    );
    expect(summary.milestones).toEqual({ accepted: 0, total: 0, nextDueDate: null });
    expect(summary.waiting).toEqual([
      { side: "client", kind: "sign_agreement", count: 1 },
      { side: "provider", kind: "sign_agreement", count: 1 },
    ]);
  });

  it("owes what issued invoices leave after confirmed payments and credit notes, and flags the overdue", () => {
    const summary = summariseEngagement(
      {
        ...NOTHING,
        invoices: [
          {
            id: "i1",
            status: "partly_paid",
            currency: "EUR",
            totalMinor: 100_000,
            dueDate: "2026-01-14",
          },
          {
            id: "i2",
            status: "issued",
            currency: "EUR",
            totalMinor: 50_000,
            dueDate: "2026-01-30",
          },
          { id: "i3", status: "draft", currency: "EUR", totalMinor: 70_000, dueDate: null },
        ],
        payments: [
          { invoiceId: "i1", amountMinor: 40_000, status: "confirmed", recordedSide: "client" },
          { invoiceId: "i2", amountMinor: 50_000, status: "recorded", recordedSide: "client" },
        ],
        creditNotes: [{ invoiceId: "i1", amountMinor: 10_000 }],
      },
      TODAY,
      null,
    );
    // i1: 100 000 − 10 000 − 40 000; i2's payment awaits the provider, so it still counts.
    expect(summary.moneyOpen).toEqual([{ currency: "EUR", minor: 100_000 }]);
    expect(summary.isOverdue).toBe(true);
    expect(summary.nextDeadline).toEqual({ kind: "invoice_due", at: "2026-01-14" });
    expect(summary.waiting).toEqual([
      { side: "provider", kind: "issue_invoice", count: 1 },
      { side: "provider", kind: "confirm_payment", count: 1 },
    ]);
  });

  it("is not overdue on its due day, and a settled invoice owes nothing", () => {
    const summary = summariseEngagement(
      {
        ...NOTHING,
        invoices: [
          { id: "i1", status: "issued", currency: "USD", totalMinor: 30_000, dueDate: TODAY },
          {
            id: "i2",
            status: "issued",
            currency: "EUR",
            totalMinor: 10_000,
            dueDate: "2026-01-01",
          },
        ],
        creditNotes: [{ invoiceId: "i2", amountMinor: 10_000 }],
      },
      TODAY,
      null,
    );
    expect(summary.moneyOpen).toEqual([{ currency: "USD", minor: 30_000 }]);
    expect(summary.isOverdue).toBe(false);
  });

  it("gives each open change to the side whose turn it is", () => {
    const summary = summariseEngagement(
      {
        ...NOTHING,
        changeRequests: [{ status: "proposed" }, { status: "priced" }, { status: "priced" }],
      },
      TODAY,
      null,
    );
    expect(summary.waiting).toEqual([
      { side: "client", kind: "approve_change", count: 2 },
      { side: "provider", kind: "price_change", count: 1 },
    ]);
  });

  it("compares a review ending today with an invoice due the same day as the end of that day", () => {
    const summary = summariseEngagement(
      {
        ...NOTHING,
        submissions: [
          {
            deliverableId: "d2",
            round: 1,
            status: "in_review",
            reviewDueAt: "2026-01-20T18:00:00.000Z",
          },
        ],
        invoices: [
          { id: "i1", status: "issued", currency: "EUR", totalMinor: 1, dueDate: "2026-01-20" },
        ],
      },
      TODAY,
      null,
    );
    expect(summary.nextDeadline).toEqual({ kind: "review_ends", at: "2026-01-20T18:00:00.000Z" });
  });

  it("asks for no work the exit ended once the engagement has ended, and still for the settlement", () => {
    const parting: SummaryFacts = {
      ...NOTHING,
      draft: { signedSides: ["client"] },
      submissions: [
        {
          deliverableId: "d1",
          round: 1,
          status: "in_review",
          reviewDueAt: "2026-01-20T09:00:00.000Z",
        },
      ],
      changeRequests: [{ status: "proposed" }, { status: "priced" }],
      invoices: [
        { id: "i1", status: "issued", currency: "EUR", totalMinor: 500, dueDate: "2026-01-10" },
        { id: "i2", status: "draft", currency: "EUR", totalMinor: 700, dueDate: null },
      ],
      payments: [{ invoiceId: "i1", amountMinor: 200, status: "recorded", recordedSide: "client" }],
    };
    const goingOn = summariseEngagement(parting, TODAY, null);
    expect(goingOn.milestones.nextDueDate).toBe("2026-01-10");
    expect(goingOn.waiting.map((w) => w.kind)).toEqual([
      "evaluate_round",
      "approve_change",
      "sign_agreement",
      "price_change",
      "issue_invoice",
      "confirm_payment",
    ]);

    const ended = summariseEngagement(parting, TODAY, "2026-01-12");
    // No milestone falls due after the end, nor does a change or an amendment wait on anyone.
    expect(ended.milestones).toEqual({ accepted: 0, total: 3, nextDueDate: null });
    // The settlement still waits: the round handed in (its answer decides what is paid), the
    // invoice to issue, the payment to confirm, and the money still owed, overdue.
    expect(ended.waiting).toEqual([
      { side: "client", kind: "evaluate_round", count: 1 },
      { side: "provider", kind: "issue_invoice", count: 1 },
      { side: "provider", kind: "confirm_payment", count: 1 },
    ]);
    expect(ended.moneyOpen).toEqual([{ currency: "EUR", minor: 500 }]);
    expect(ended.isOverdue).toBe(true);
    expect(ended.nextDeadline).toEqual(goingOn.nextDeadline);
  });
});
