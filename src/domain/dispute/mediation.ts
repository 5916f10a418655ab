import type { Side } from "../engagement/engagement";
import { isEscalationDue, DEFAULT_DISPUTE_WINDOWS, type DisputeWindows } from "./dispute-deadlines";
import { transitionDispute, type DisputeRefusal, type DisputeState } from "./dispute-ladder";

/** How a person stands towards a dispute's mediation. */
export interface MediatorStanding {
  isModerator: boolean;
  /** The side whose organisation the person belongs to, if any (either side's counts). */
  memberOf: Side | null;
}

export type MediationRefusal =
  | DisputeRefusal
  /** A moderator who belongs to either side's organisation may not mediate its dispute. */
  | "mediation_conflict_of_interest"
  /** The moderator's time limit passed: the sweeper moves the dispute on instead. */
  | "mediation_window_passed";

export type MediationCheck =
  { ok: true; state: DisputeState } | { ok: false; reason: MediationRefusal };

/**
 * Whether this person may give the dispute its moderator's recommendation now, and the state it
 * leads to. Only a platform moderator recommends, never one of the sides (a moderator who is a
 * member of either organisation is a party, not a mediator); only in mediation (the ladder's
 * rule); and only within the time limit counted from when mediation began (`waitingSince`):
 * once it passed, the dispute climbs on its own and a late word would skip the sides' next step.
 */
export function checkRecommendation(
  dispute: DisputeState & { waitingSince: Date },
  standing: MediatorStanding,
  now: Date,
  windows: DisputeWindows = DEFAULT_DISPUTE_WINDOWS,
): MediationCheck {
  if (standing.memberOf !== null) {
    return {
      ok: false,
      reason: standing.isModerator ? "mediation_conflict_of_interest" : "dispute_wrong_side",
    };
  }
  if (!standing.isModerator) return { ok: false, reason: "dispute_wrong_side" };
  const moved = transitionDispute(dispute, "recommend", "moderator");
  if (!moved.ok) return moved;
  if (isEscalationDue(dispute, now, windows))
    return { ok: false, reason: "mediation_window_passed" };
  return moved;
}
