import { describe, expect, it } from "vitest";
import {
  checkAppeal,
  checkAppealDecision,
  checkDecision,
  checkResponse,
  checkThreatVerification,
} from "./moderation-case";

const due = new Date("2026-11-08T10:00:00.000Z");
const open = { status: "open" as const, decidedBy: null, responseDueAt: due, respondedAt: null };

describe("moderation with due process", () => {
  it("waits for the accused's answer or the end of the response window", () => {
    expect(checkDecision(open, new Date("2026-11-05T10:00:00.000Z"))).toBe("response_window_open");
    expect(checkDecision(open, due)).toBe(null);
    expect(
      checkDecision(
        { ...open, respondedAt: new Date("2026-11-02T10:00:00.000Z") },
        new Date("2026-11-03T10:00:00.000Z"),
      ),
    ).toBe(null);
  });

  it("takes the accused's one answer only while the response window is open", () => {
    expect(checkResponse(open, new Date("2026-11-08T09:59:59.999Z"))).toBe(null);
    expect(checkResponse(open, due)).toBe("response_window_closed");
    const answered = { ...open, respondedAt: new Date("2026-11-02T10:00:00.000Z") };
    expect(checkResponse(answered, new Date("2026-11-03T10:00:00.000Z"))).toBe("case_wrong_state");
    expect(checkResponse({ ...open, status: "decided" }, due)).toBe("case_wrong_state");
  });

  it("allows one appeal after a decision, decided by another moderator", () => {
    const decided = { ...open, status: "decided" as const, decidedBy: "m1" };
    expect(checkAppeal(open)).toBe("case_wrong_state");
    expect(checkAppeal(decided)).toBe(null);
    const appealed = { ...decided, status: "appealed" as const };
    expect(checkAppeal(appealed)).toBe("appeal_already_used");
    expect(checkAppealDecision(appealed, "m1")).toBe("appeal_same_moderator");
    expect(checkAppealDecision(appealed, "m2")).toBe(null);
    expect(checkAppeal({ ...decided, status: "closed" as const })).toBe("appeal_already_used");
  });
});

describe("a threat verified on a reported review", () => {
  it("needs a person's report of a review or its reply, and a sanction", () => {
    const reportOf = (subjectKind: "message" | "review" | "reply" | "dispute") => ({
      source: "report" as const,
      subjectKind,
    });
    expect(checkThreatVerification(reportOf("review"), "warning")).toBeNull();
    expect(checkThreatVerification(reportOf("reply"), "expulsion")).toBeNull();
    expect(checkThreatVerification(reportOf("review"), "no_action")).toBe("threat_needs_sanction");
    expect(checkThreatVerification(reportOf("message"), "warning")).toBe(
      "threat_needs_reported_review",
    );
    // Screening's retaliation cases verify the threat by their sanction already.
    expect(checkThreatVerification({ source: "screening", subjectKind: "reply" }, "warning")).toBe(
      "threat_needs_reported_review",
    );
  });
});
