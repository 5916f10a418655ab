export const ISSUE_REFUSALS = [
  "issue_date_in_future",
  "issue_date_before_last_issued",
  "issue_date_before_due_basis",
  "invoice_total_zero",
] as const;
export type IssueRefusal = (typeof ISSUE_REFUSALS)[number];

/**
 * What made an invoice's amount due, and the day it happened: a milestone's acceptance, a
 * change's approval, a retainer period's first day, the agreement coming into force (manual
 * lines), or the day late interest was computed up to.
 */
export interface DueBasis {
  kind: "milestone" | "change_request" | "retainer" | "manual" | "late_interest";
  /** YYYY-MM-DD, UTC. */
  since: string;
}

export interface IssueCheck {
  issueDate: string;
  /** Today in UTC, the latest date an invoice may carry. */
  today: string;
  /** The issue date of the provider's last numbered invoice, if any. */
  lastIssueDate: string | null;
  /** Null only where nothing is known of what made the amount due (kept for old callers). */
  dueBasis?: DueBasis | null;
  totalMinor: number;
}

/**
 * Whether a draft may be issued on `issueDate`. An invoice is never dated in the future, never
 * before what made its amount due (a backdated invoice would be overdue, and carry interest,
 * for a time when nothing was owed), and never before the provider's last issued invoice, so
 * numbers and dates run in the same order (what invoicing law asks of a sequence). An invoice
 * asking for nothing is not issued: a zero total settles nothing and would count as paid on time.
 */
export function checkIssue(input: IssueCheck): { ok: true } | { ok: false; reason: IssueRefusal } {
  if (input.issueDate > input.today) return { ok: false, reason: "issue_date_in_future" };
  if (input.dueBasis && input.issueDate < input.dueBasis.since) {
    return { ok: false, reason: "issue_date_before_due_basis" };
  }
  if (input.lastIssueDate !== null && input.issueDate < input.lastIssueDate) {
    return { ok: false, reason: "issue_date_before_last_issued" };
  }
  if (input.totalMinor <= 0) return { ok: false, reason: "invoice_total_zero" };
  return { ok: true };
}

/** The earliest day the draft may carry: on or after what made it due and the last invoice. */
export function earliestIssueDate(
  input: Pick<IssueCheck, "lastIssueDate" | "dueBasis">,
): string | null {
  const days = [input.lastIssueDate, input.dueBasis?.since ?? null].filter(
    (d): d is string => d !== null,
  );
  return days.length > 0 ? days.reduce((a, b) => (a > b ? a : b)) : null;
}
