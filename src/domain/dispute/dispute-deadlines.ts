import type { DisputeAction, DisputeStatus } from "./dispute-ladder";

/** Business days the other side has to answer an opening or an offer. */
export const DISPUTE_RESPONSE_BUSINESS_DAYS = 5;
/** Business days a moderator has to give a recommendation once the dispute reaches mediation. */
export const MEDIATION_BUSINESS_DAYS = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

function isWeekend(instant: Date): boolean {
  const day = instant.getUTCDay();
  return day === 0 || day === 6;
}

/**
 * The instant `days` business days after `from`, at the same time of day (UTC), skipping
 * Saturdays and Sundays: opened on Friday 10:00 with two days, the answer is due Tuesday
 * 10:00; opened on Saturday, the count starts with Monday. Public holidays are not known here.
 */
export function addBusinessDays(from: Date, days: number): Date {
  let instant = from.getTime();
  let left = days;
  while (left > 0) {
    instant += DAY_MS;
    if (!isWeekend(new Date(instant))) left -= 1;
  }
  return new Date(instant);
}

export interface DisputeWindows {
  responseBusinessDays: number;
  mediationBusinessDays: number;
}

export const DEFAULT_DISPUTE_WINDOWS: DisputeWindows = {
  responseBusinessDays: DISPUTE_RESPONSE_BUSINESS_DAYS,
  mediationBusinessDays: MEDIATION_BUSINESS_DAYS,
};

/**
 * When the step the dispute waits for falls due: the other side's answer to an opening or an
 * offer, or the moderator's recommendation. Null when nothing waits on a clock (the sides are
 * negotiating, deciding on a recommendation, or the dispute is closed).
 */
export function disputeDeadline(
  dispute: { status: DisputeStatus; waitingSince: Date },
  windows: DisputeWindows = DEFAULT_DISPUTE_WINDOWS,
): Date | null {
  switch (dispute.status) {
    case "awaiting_response":
    case "offer_pending":
      return addBusinessDays(dispute.waitingSince, windows.responseBusinessDays);
    case "in_mediation":
      return addBusinessDays(dispute.waitingSince, windows.mediationBusinessDays);
    case "negotiating":
    case "recommended":
    case "settled":
    case "separated":
    case "withdrawn":
      return null;
  }
}

/** Whether the sweeper escalates the dispute at `now`: its deadline has passed unanswered. */
export function isEscalationDue(
  dispute: { status: DisputeStatus; waitingSince: Date },
  now: Date,
  windows: DisputeWindows = DEFAULT_DISPUTE_WINDOWS,
): boolean {
  const deadline = disputeDeadline(dispute, windows);
  return deadline !== null && now.getTime() >= deadline.getTime();
}

/** The steps by which a side answers what the dispute waits for: an opening or an offer. */
const ANSWERS: readonly DisputeAction[] = ["respond", "offer", "accept_offer", "decline_offer"];

/**
 * The deadline a side's answer to an opening or a pending offer missed, or null when it is in
 * time (or the step answers nothing). Once the window has passed the dispute climbs on its own
 * (the sweeper), as for a moderator's late recommendation: a late answer would race that climb,
 * and the side still speaks on the next rung.
 */
export function missedAnswerDeadline(
  dispute: { status: DisputeStatus; waitingSince: Date },
  action: DisputeAction,
  now: Date,
  windows: DisputeWindows = DEFAULT_DISPUTE_WINDOWS,
): Date | null {
  if (!ANSWERS.includes(action)) return null;
  if (dispute.status !== "awaiting_response" && dispute.status !== "offer_pending") return null;
  return isEscalationDue(dispute, now, windows) ? disputeDeadline(dispute, windows) : null;
}
