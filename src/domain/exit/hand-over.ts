import { addDays } from "../billing/calendar";
import type { Side } from "../engagement/engagement";

export interface HandOverItem {
  id: string;
  /** The agreement's own words for a duty, or a standard item's message key. */
  duty: string;
  isStandard: boolean;
  responsibleSide: Side;
  dueDate: string;
}

/**
 * Items every hand-over has besides the agreement's duties: the client takes back access and
 * rotates what was shared, after the provider handed everything over.
 */
export const STANDARD_CLIENT_ITEMS = [
  "exit.handover.access_removed",
  "exit.handover.credentials_rotated",
] as const;

export type StandardDuty = (typeof STANDARD_CLIENT_ITEMS)[number];

/** Whether a hand-over item's duty is a standard item's message key, not the agreement's words. */
export function isStandardDuty(duty: string): duty is StandardDuty {
  return (STANDARD_CLIENT_ITEMS as readonly string[]).includes(duty);
}

/** Days after the exit date the client has for its own items. */
export const CLIENT_ITEMS_GRACE_DAYS = 3;

/**
 * The hand-over checklist: each duty the agreement gives the provider (files, documentation…),
 * due on the exit date, then the client's standard items, due a few days after it. A protected
 * exit keeps every provider item: the client is owed the hand-over even when notice is waived.
 */
export function handOverChecklist(duties: readonly string[], exitDate: string): HandOverItem[] {
  const providerItems = duties
    .map((duty) => duty.trim())
    .filter((duty) => duty.length > 0)
    .map((duty, index) => ({
      id: `duty-${index + 1}`,
      duty,
      isStandard: false,
      responsibleSide: "provider" as const,
      dueDate: exitDate,
    }));
  const clientItems = STANDARD_CLIENT_ITEMS.map((key, index) => ({
    id: `standard-${index + 1}`,
    duty: key,
    isStandard: true,
    responsibleSide: "client" as const,
    dueDate: addDays(exitDate, CLIENT_ITEMS_GRACE_DAYS),
  }));
  return [...providerItems, ...clientItems];
}

/** Only the responsible side ticks an item, and only once. */
export function canTickHandOverItem(
  item: { responsibleSide: Side; isDone: boolean },
  side: Side,
): { ok: true } | { ok: false; reason: "handover_wrong_side" | "handover_already_done" } {
  if (item.responsibleSide !== side) return { ok: false, reason: "handover_wrong_side" };
  if (item.isDone) return { ok: false, reason: "handover_already_done" };
  return { ok: true };
}

export interface ExitFacts {
  handOver: readonly { isDone: boolean }[];
  settlement: "not_issued" | "issued" | "paid" | "nothing_due";
  feedback: readonly { side: Side; wouldWorkAgain: boolean }[];
}

export interface ExitOutcome {
  isHandOverComplete: boolean;
  isSettled: boolean;
  /** The settlement is paid (or nothing was due) and the hand-over is complete. */
  isEndedAmicably: boolean;
  /** Both sides said they would work together again. */
  isDoorOpen: boolean;
}

/** Where the exit stands, from its facts. */
export function exitOutcome(facts: ExitFacts): ExitOutcome {
  const isHandOverComplete = facts.handOver.every((item) => item.isDone);
  const isSettled = facts.settlement === "paid" || facts.settlement === "nothing_due";
  const wouldAgain = (side: Side) =>
    facts.feedback.some((f) => f.side === side && f.wouldWorkAgain);
  return {
    isHandOverComplete,
    isSettled,
    isEndedAmicably: isHandOverComplete && isSettled,
    isDoorOpen: wouldAgain("client") && wouldAgain("provider"),
  };
}
