import { describe, expect, it } from "vitest";
import { checkIssue, earliestIssueDate, type IssueCheck } from "./invoice-issue";

const check = (overrides: Partial<IssueCheck>) =>
  checkIssue({
    issueDate: "2026-11-22",
    today: "2026-11-22",
    lastIssueDate: null,
    totalMinor: 400_000,
    ...overrides,
  });

describe("issuing an invoice", () => {
  it("accepts today, or a past day no earlier than the last invoice issued", () => {
    expect(check({})).toEqual({ ok: true });
    expect(check({ issueDate: "2026-10-01", lastIssueDate: "2026-10-01" })).toEqual({ ok: true });
  });

  it("never dates an invoice in the future", () => {
    expect(check({ issueDate: "2026-11-23" })).toEqual({
      ok: false,
      reason: "issue_date_in_future",
    });
  });

  it("keeps numbers and dates in the same order", () => {
    expect(check({ issueDate: "2026-11-01", lastIssueDate: "2026-11-02" })).toEqual({
      ok: false,
      reason: "issue_date_before_last_issued",
    });
  });

  it("refuses an invoice asking for nothing", () => {
    expect(check({ totalMinor: 0 })).toEqual({ ok: false, reason: "invoice_total_zero" });
  });

  it("never dates an invoice before what made its amount due, whatever the source", () => {
    for (const kind of [
      "milestone",
      "change_request",
      "retainer",
      "manual",
      "late_interest",
    ] as const) {
      const dueBasis = { kind, since: "2026-11-10" };
      expect(check({ issueDate: "2026-11-09", dueBasis })).toEqual({
        ok: false,
        reason: "issue_date_before_due_basis",
      });
      expect(check({ issueDate: "2026-11-10", dueBasis })).toEqual({ ok: true });
    }
    // Before both the basis and the last invoice: the basis is named, with the later day.
    const both = {
      lastIssueDate: "2026-11-15",
      dueBasis: { kind: "manual" as const, since: "2026-11-10" },
    };
    expect(check({ issueDate: "2026-11-01", ...both })).toEqual({
      ok: false,
      reason: "issue_date_before_due_basis",
    });
    expect(earliestIssueDate(both)).toBe("2026-11-15");
    expect(earliestIssueDate({ lastIssueDate: null, dueBasis: null })).toBeNull();
  });
});
