/** Days the accused organisation has to answer a notice before a moderator decides. */
export const RESPONSE_WINDOW_DAYS = 7;

export type CaseStatus = "open" | "decided" | "appealed" | "closed";
export type CaseDecision = "no_action" | "warning" | "suspension" | "expulsion";
export type AppealOutcome = "upheld" | "overturned";

export interface CaseState {
  status: CaseStatus;
  decidedBy: string | null;
  responseDueAt: Date;
  respondedAt: Date | null;
}

export type CaseRefusal =
  | "case_wrong_state"
  | "response_window_open"
  | "response_window_closed"
  | "appeal_same_moderator"
  | "appeal_already_used";

/** Whether the accused may still answer the notice at `now`: the window ends at `responseDueAt`. */
export function isResponseWindowOpen(state: CaseState, now: Date): boolean {
  return now.getTime() < state.responseDueAt.getTime();
}

/**
 * The accused answers once, within the response window. The window is a deadline, not a
 * courtesy: from its end a moderator may decide on the record as it stands, and an answer
 * arriving then would race the decision. The accused who missed it still speaks through the
 * one appeal.
 */
export function checkResponse(state: CaseState, now: Date): CaseRefusal | null {
  if (state.status !== "open" || state.respondedAt !== null) return "case_wrong_state";
  return isResponseWindowOpen(state, now) ? null : "response_window_closed";
}

/**
 * Due process: a moderator decides once the accused has answered or the response window has
 * passed, so nobody is sanctioned before they could speak.
 */
export function checkDecision(state: CaseState, now: Date): CaseRefusal | null {
  if (state.status !== "open") return "case_wrong_state";
  if (state.respondedAt === null && isResponseWindowOpen(state, now)) {
    return "response_window_open";
  }
  return null;
}

export type CaseSource = "screening" | "report";
export type CaseSubjectKind = "message" | "review" | "reply" | "dispute";
export type ThreatVerificationRefusal = "threat_needs_sanction" | "threat_needs_reported_review";

/**
 * A moderator may verify a threat tied to a review only on a case a person's report opened
 * about the review or its reply (screening's own retaliation cases verify it by their sanction),
 * and only with a sanction: a threat found real but left without one would cap a side's health
 * for something the decision itself says needed nothing.
 */
export function checkThreatVerification(
  found: CaseFound,
  decision: CaseDecision,
): ThreatVerificationRefusal | null {
  if (!isThreatVerifiable(found)) return "threat_needs_reported_review";
  return decision === "no_action" ? "threat_needs_sanction" : null;
}

/** What a case was opened from and about: all that decides whether a threat can be verified on it. */
export interface CaseFound {
  source: CaseSource;
  subjectKind: CaseSubjectKind;
}

/** Whether a person's report of a review or its reply opened the case (`checkThreatVerification`). */
export function isThreatVerifiable(found: CaseFound): boolean {
  return (
    found.source === "report" && (found.subjectKind === "review" || found.subjectKind === "reply")
  );
}

/** One appeal per case, by either party, after a decision. */
export function checkAppeal(state: CaseState): CaseRefusal | null {
  if (state.status === "appealed" || state.status === "closed") return "appeal_already_used";
  return state.status === "decided" ? null : "case_wrong_state";
}

/** The appeal is decided by a moderator other than the one who decided the case. */
export function checkAppealDecision(state: CaseState, moderatorId: string): CaseRefusal | null {
  if (state.status !== "appealed") return "case_wrong_state";
  return state.decidedBy === moderatorId ? "appeal_same_moderator" : null;
}
