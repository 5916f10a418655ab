import { addDays } from "../billing/calendar";
import type { Side } from "../engagement/engagement";

export type NoticeReason = "notice" | "breach" | "protected";

export interface NoticeInput {
  /** The day notice is given (the giver's "today"), YYYY-MM-DD. */
  givenOn: string;
  givenBy: Side;
  reason: NoticeReason;
  /** The agreement's notice period in calendar days; null when none was agreed. */
  noticePeriodDays: number | null;
  /** Days the other side has to put a breach right; null when the agreement gives none. */
  curePeriodDays: number | null;
}

export interface ExitDates {
  exitDate: string;
  /** The last day to cure the breach; null unless notice was given for a breach with a cure period. */
  cureBy: string | null;
  isNoticeWaived: boolean;
}

/**
 * When the engagement ends. Ordinary notice runs the agreement's notice period (none agreed:
 * the engagement ends the day notice is given). Notice for a breach gives the other side the
 * cure period first and ends the engagement the day after it if the breach stands (none
 * agreed: the ordinary notice period). A protected exit (the provider was expelled) waives the
 * notice for the client: it ends the day it is started.
 */
export function computeExitDates(input: NoticeInput): ExitDates {
  const period = input.noticePeriodDays ?? 0;
  if (input.reason === "protected")
    return { exitDate: input.givenOn, cureBy: null, isNoticeWaived: true };
  if (input.reason === "breach" && input.curePeriodDays !== null) {
    const cureBy = addDays(input.givenOn, input.curePeriodDays);
    return { exitDate: addDays(cureBy, 1), cureBy, isNoticeWaived: false };
  }
  return { exitDate: addDays(input.givenOn, period), cureBy: null, isNoticeWaived: false };
}
