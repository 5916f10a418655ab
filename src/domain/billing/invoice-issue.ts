export const ISSUE_REFUSALS = [
  "issue_date_in_future",
  "issue_date_before_last_issued",
  "invoice_total_zero",
] as const;
export type IssueRefusal = (typeof ISSUE_REFUSALS)[number];

export interface IssueCheck {
  issueDate: string;
  /** Today in UTC, the latest date an invoice may carry. */
  today: string;
  /** The issue date of the provider's last numbered invoice, if any. */
  lastIssueDate: string | null;
  totalMinor: number;
}

/**
 * Whether a draft may be issued on `issueDate`. An invoice is never dated in the future, and
 * never before the provider's last issued invoice, so numbers and dates run in the same order
 * (what invoicing law asks of a sequence). An invoice asking for nothing is not issued: a
 * zero total settles nothing and would count as paid on time.
 */
export function checkIssue(input: IssueCheck): { ok: true } | { ok: false; reason: IssueRefusal } {
  if (input.issueDate > input.today) return { ok: false, reason: "issue_date_in_future" };
  if (input.lastIssueDate !== null && input.issueDate < input.lastIssueDate) {
    return { ok: false, reason: "issue_date_before_last_issued" };
  }
  if (input.totalMinor <= 0) return { ok: false, reason: "invoice_total_zero" };
  return { ok: true };
}
