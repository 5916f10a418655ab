import { engagementEndedOn, type ExitEnd } from "../exit/after-exit";
import { hasCompletedWork, type FactsState } from "./facts-from-ledger";

/**
 * Whether an open check-in window still asks its sides to answer at `now`: the home page's
 * waiting item and the reminder a day before it closes both follow it. It asks no more once the
 * work of the agreement in force is complete (`hasCompletedWork`: the engagement's review round
 * asks both sides then) or once the exit has ended the engagement (`engagementEndedOn`); the
 * window itself stays open until its end either way.
 */
export function isCheckInAsking(
  state: FactsState,
  exit: ExitEnd | null | undefined,
  now: Date,
): boolean {
  return !hasCompletedWork(state) && engagementEndedOn(exit, now) === null;
}
