import { describe, expect, it } from "vitest";
import type { AgreementTerms } from "../agreement/terms";
import {
  acceptedMilestoneIds,
  canSubmit,
  deliverableStatus,
  isDeemedAcceptedAt,
  isReviewReminderDue,
  reviewDueAt,
  revisionsLeft,
  type DeliverableStatus,
  type SubmissionRound,
} from "./deliverable-progress";

const rejected = (round: number): SubmissionRound => ({ round, status: "changes_requested" });

describe("handing in rounds of a deliverable", () => {
  it("allows the first round, numbered 1", () => {
    expect(canSubmit({ revisionLimit: 0 }, [])).toEqual({ ok: true, round: 1 });
  });

  it("waits for the evaluation of a round in review", () => {
    expect(canSubmit({ revisionLimit: 2 }, [{ round: 1, status: "in_review" }])).toEqual({
      ok: false,
      reason: "deliverable_in_review",
    });
  });

  it("has nothing left to hand in once accepted, by evaluation or by silence", () => {
    for (const status of ["accepted", "deemed_accepted"] as const) {
      expect(canSubmit({ revisionLimit: 2 }, [rejected(1), { round: 2, status }])).toEqual({
        ok: false,
        reason: "deliverable_already_accepted",
      });
    }
  });

  it("counts rework against the revision limit and stops at it", () => {
    expect(canSubmit({ revisionLimit: 2 }, [rejected(1)])).toEqual({ ok: true, round: 2 });
    expect(canSubmit({ revisionLimit: 2 }, [rejected(1), rejected(2)])).toEqual({
      ok: true,
      round: 3,
    });
    expect(canSubmit({ revisionLimit: 2 }, [rejected(1), rejected(2), rejected(3)])).toEqual({
      ok: false,
      reason: "revision_limit_reached",
    });
    expect(revisionsLeft({ revisionLimit: 2 }, [rejected(1), rejected(2)])).toBe(1);
  });

  it("refuses any rework when the agreement allows none", () => {
    expect(canSubmit({ revisionLimit: 0 }, [rejected(1)])).toEqual({
      ok: false,
      reason: "revision_limit_reached",
    });
  });

  it("never stops rework when the agreement set no limit", () => {
    const rounds = Array.from({ length: 12 }, (_, i) => rejected(i + 1));
    expect(canSubmit({ revisionLimit: null }, rounds)).toEqual({ ok: true, round: 13 });
    expect(revisionsLeft({ revisionLimit: null }, rounds)).toBeNull();
  });

  it("takes the state of the latest round, whatever order rounds come in", () => {
    expect(deliverableStatus([{ round: 2, status: "in_review" }, rejected(1)])).toBe("in_review");
    expect(deliverableStatus([])).toBe("not_submitted");
  });
});

describe("deemed acceptance", () => {
  const submittedAt = new Date("2026-11-22T09:00:00.000Z");
  const dueAt = reviewDueAt(submittedAt, 5);

  it("ends the review window the agreed number of days after hand-in", () => {
    expect(dueAt?.toISOString()).toBe("2026-11-27T09:00:00.000Z");
    expect(reviewDueAt(submittedAt, null)).toBeNull();
  });

  it("accepts by silence exactly when the window has passed", () => {
    const submission = {
      status: "in_review" as const,
      reviewDueAt: dueAt,
      isDeemedAcceptanceAgreed: true,
    };
    expect(isDeemedAcceptedAt(submission, new Date("2026-11-27T08:59:59.999Z"))).toBe(false);
    expect(isDeemedAcceptedAt(submission, new Date("2026-11-27T09:00:00.000Z"))).toBe(true);
  });

  it("reminds once, in the last day of the window, only where silence will accept", () => {
    const round = {
      status: "in_review" as const,
      reviewDueAt: dueAt,
      isDeemedAcceptanceAgreed: true,
      isReminded: false,
    };
    expect(isReviewReminderDue(round, new Date("2026-11-26T08:59:59.999Z"))).toBe(false);
    expect(isReviewReminderDue(round, new Date("2026-11-26T09:00:00.000Z"))).toBe(true);
    expect(isReviewReminderDue(round, new Date("2026-11-27T09:00:00.000Z"))).toBe(false);
    const lastDay = new Date("2026-11-27T00:00:00.000Z");
    expect(isReviewReminderDue({ ...round, isReminded: true }, lastDay)).toBe(false);
    expect(isReviewReminderDue({ ...round, isDeemedAcceptanceAgreed: false }, lastDay)).toBe(false);
    expect(isReviewReminderDue({ ...round, status: "accepted" }, lastDay)).toBe(false);
  });

  it("never accepts by silence when the agreement did not say so, or once evaluated", () => {
    const later = new Date("2027-01-01T00:00:00.000Z");
    expect(
      isDeemedAcceptedAt(
        { status: "in_review", reviewDueAt: dueAt, isDeemedAcceptanceAgreed: false },
        later,
      ),
    ).toBe(false);
    expect(
      isDeemedAcceptedAt(
        { status: "changes_requested", reviewDueAt: dueAt, isDeemedAcceptanceAgreed: true },
        later,
      ),
    ).toBe(false);
    expect(
      isDeemedAcceptedAt(
        { status: "in_review", reviewDueAt: null, isDeemedAcceptanceAgreed: true },
        later,
      ),
    ).toBe(false);
  });
});

describe("milestones accepted through delivery", () => {
  const terms = {
    milestones: [
      { id: "m1", title: "Design", dueDate: "2027-01-15", amountMinor: 100 },
      { id: "m2", title: "Launch", dueDate: "2027-03-01", amountMinor: 200 },
      { id: "m3", title: "Support", dueDate: "2027-06-01", amountMinor: 300 },
    ],
    deliverables: [
      { id: "d1", milestoneId: "m1" },
      { id: "d2", milestoneId: "m2" },
      { id: "d3", milestoneId: "m2" },
    ],
  } as unknown as Pick<AgreementTerms, "milestones" | "deliverables">;

  it("accepts a milestone when every one of its deliverables is accepted", () => {
    const statuses = new Map<string, DeliverableStatus>([
      ["d1", "accepted"],
      ["d2", "deemed_accepted"],
      ["d3", "in_review"],
    ]);
    expect(acceptedMilestoneIds(terms, statuses)).toEqual(["m1"]);
    statuses.set("d3", "accepted");
    expect(acceptedMilestoneIds(terms, statuses)).toEqual(["m1", "m2"]);
  });

  it("never accepts a milestone with no deliverables through delivery", () => {
    expect(acceptedMilestoneIds(terms, new Map())).toEqual([]);
  });
});
