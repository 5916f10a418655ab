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
  "case_wrong_state" | "response_window_open" | "appeal_same_moderator" | "appeal_already_used";

/**
 * Due process: a moderator decides once the accused has answered or the response window has
 * passed, so nobody is sanctioned before they could speak.
 */
export function checkDecision(state: CaseState, now: Date): CaseRefusal | null {
  if (state.status !== "open") return "case_wrong_state";
  if (state.respondedAt === null && now.getTime() < state.responseDueAt.getTime()) {
    return "response_window_open";
  }
  return null;
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
