import { describe, expect, it } from "vitest";
import { checkIssue, type IssueCheck } from "./invoice-issue";

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
});
