import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  disputeDeadline,
  isEscalationDue,
  missedAnswerDeadline,
} from "./dispute-deadlines";

describe("business-day windows", () => {
  it("skips the weekend: Friday 10:00 plus two business days is Tuesday 10:00", () => {
    // 2026-12-04 is a Friday.
    expect(addBusinessDays(new Date("2026-12-04T10:00:00Z"), 2).toISOString()).toBe(
      "2026-12-08T10:00:00.000Z",
    );
  });

  it("starts counting on Monday for a dispute opened on Saturday", () => {
    expect(addBusinessDays(new Date("2026-12-05T09:30:00Z"), 1).toISOString()).toBe(
      "2026-12-07T09:30:00.000Z",
    );
  });

  it("gives five business days to answer and ten to mediate", () => {
    // Opened Tuesday 1 December: Wed 2, Thu 3, Fri 4, Mon 7, Tue 8.
    const waitingSince = new Date("2026-12-01T12:00:00Z");
    expect(disputeDeadline({ status: "awaiting_response", waitingSince })?.toISOString()).toBe(
      "2026-12-08T12:00:00.000Z",
    );
    // Ten business days: two full weeks.
    expect(disputeDeadline({ status: "in_mediation", waitingSince })?.toISOString()).toBe(
      "2026-12-15T12:00:00.000Z",
    );
    expect(disputeDeadline({ status: "negotiating", waitingSince })).toBeNull();
  });

  it("is due at the deadline and not a second before", () => {
    const dispute = {
      status: "offer_pending" as const,
      waitingSince: new Date("2026-12-01T12:00:00Z"),
    };
    expect(isEscalationDue(dispute, new Date("2026-12-08T11:59:59Z"))).toBe(false);
    expect(isEscalationDue(dispute, new Date("2026-12-08T12:00:00Z"))).toBe(true);
    expect(
      isEscalationDue({ ...dispute, status: "settled" }, new Date("2027-06-01T00:00:00Z")),
    ).toBe(false);
  });
});

describe("answers within their window", () => {
  // Opened on Friday 4 December 10:00: the answer is due Friday 11 December 10:00.
  const opened = {
    status: "awaiting_response" as const,
    waitingSince: new Date("2026-12-04T10:00:00Z"),
  };
  const due = new Date("2026-12-11T10:00:00Z");

  it("takes an answer up to its deadline and names the deadline it missed after", () => {
    expect(missedAnswerDeadline(opened, "respond", new Date("2026-12-11T09:59:59Z"))).toBeNull();
    expect(missedAnswerDeadline(opened, "respond", due)).toEqual(due);
    const offered = { ...opened, status: "offer_pending" as const };
    for (const action of ["offer", "accept_offer", "decline_offer"] as const) {
      expect(missedAnswerDeadline(offered, action, due)).toEqual(due);
    }
  });

  it("never times a step that answers nothing, nor a dispute that waits on no side", () => {
    const late = new Date("2027-01-01T00:00:00Z");
    for (const action of ["withdraw", "escalate", "recommend", "accept_recommendation"] as const) {
      expect(missedAnswerDeadline(opened, action, late)).toBeNull();
    }
    expect(missedAnswerDeadline({ ...opened, status: "negotiating" }, "offer", late)).toBeNull();
    expect(missedAnswerDeadline({ ...opened, status: "in_mediation" }, "respond", late)).toBeNull();
  });
});
