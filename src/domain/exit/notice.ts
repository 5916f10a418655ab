import { addDays } from "../billing/calendar";
import type { Side } from "../engagement/engagement";
import { CLIENT_ITEMS_GRACE_DAYS } from "./hand-over";

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

/**
 * The fewest days a breach notice may give the other side to put the breach right when the
 * agreement names no cure period (Accord's terms have none): two weeks, time for the dispute
 * ladder's first two rungs (an answer to the opening, then to an amends offer, five business
 * days each), so a breach is met with amends before anyone parts ways.
 */
export const MINIMUM_CURE_PERIOD_DAYS = 14;

/**
 * The shortest cure period the side giving notice for a breach may grant: two weeks, but never
 * more than the agreed notice period (none agreed: none), since ordinary notice would end the
 * engagement by then anyway. Typed by the giver, so checked: a 0-day cure period ended the
 * engagement the next day, with no chance to cure.
 */
export function minimumCurePeriodDays(noticePeriodDays: number | null): number {
  return Math.min(MINIMUM_CURE_PERIOD_DAYS, noticePeriodDays ?? 0);
}

export interface RunningExit {
  reason: NoticeReason;
  exitDate: string;
  handOver: readonly { key: string; responsibleSide: Side; dueDate: string; isDone: boolean }[];
}

export interface ProtectedTakeover {
  exitDate: string;
  /** The hand-over items whose due date moves, by key; items already done never move. */
  dueDates: { key: string; dueDate: string }[];
}

/**
 * An exit already running when one side is expelled becomes the protected exit a fresh one
 * would have been, whoever gave the notice: the protected side's notice is waived (the exit
 * date is today, or the running one when it is earlier), any cure period falls away, the
 * expelled side's open hand-over items fall due by the new exit date, and the protected side's
 * own items keep their dates unless the fresh protected exit gives them more time. An exit
 * that is already protected stays as it is (null).
 */
export function protectRunningExit(
  running: RunningExit,
  protectedSide: Side,
  today: string,
): ProtectedTakeover | null {
  if (running.reason === "protected") return null;
  const exitDate = running.exitDate < today ? running.exitDate : today;
  const dueDates = running.handOver.flatMap((item) => {
    if (item.isDone) return [];
    // What the checklist of a fresh protected exit gives the item's side.
    const fresh =
      item.responsibleSide === "client" ? addDays(exitDate, CLIENT_ITEMS_GRACE_DAYS) : exitDate;
    const dueDate =
      item.responsibleSide === protectedSide
        ? fresh > item.dueDate
          ? fresh
          : item.dueDate
        : fresh < item.dueDate
          ? fresh
          : item.dueDate;
    return dueDate === item.dueDate ? [] : [{ key: item.key, dueDate }];
  });
  return { exitDate, dueDates };
}
