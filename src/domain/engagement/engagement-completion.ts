/**
 * The steps of the ledger that decide whether an engagement completed, in ledger order: an
 * agreement version coming into force (with the milestones it names), a milestone's acceptance,
 * and an amicable end. `at` is the event's time (ISO).
 */
export type CompletionStep =
  | { type: "agreement.in_force"; at: string; milestoneIds: readonly string[] }
  | { type: "milestone.accepted"; at: string; milestoneId: string }
  | { type: "exit.ended_amicably"; at: string };

/**
 * Whether an agreement's work is done: it names at least one milestone and each is accepted.
 * An agreement without milestones (a retainer) is never done by its work, only by an exit.
 * `engagementCompletion` finds the first moment it holds; check-ins stop while it holds
 * (`nextCheckInAt`), and start again when a later version names milestones not yet accepted.
 */
export function isWorkComplete(
  milestoneIds: readonly string[],
  isAccepted: (milestoneId: string) => boolean,
): boolean {
  return milestoneIds.length > 0 && milestoneIds.every(isAccepted);
}

export type EngagementCompletion =
  | { status: "completed"; at: string }
  /** Not yet: so many of the agreement in force's milestones are accepted (0 of 0 with none). */
  | { status: "open"; acceptedCount: number; milestoneCount: number }
  /** The exit completed first: the engagement is reviewed at its exit, not completed. */
  | { status: "ended_by_exit" };

/**
 * When an engagement completed: the first moment at which the agreement then in force names at
 * least one milestone and every one of them is accepted. That moment is the acceptance of the
 * last of them, or the coming into force of an amendment whose milestones were all accepted
 * already. A version adding milestones before that moment (an amendment, a next phase) counts
 * with them; one adding milestones after it does not move or undo it: a completion, once
 * reached, stands (its review round may already be written), and the new milestones get their
 * own rounds. An exit that completed first (its amicable end, or the start of its exit date,
 * `exitDateAt`) ends the engagement instead. Steps later than `now` have not happened; steps
 * are taken in ledger order, so events of one instant (a frozen test clock) still have an order.
 */
export function engagementCompletion(
  steps: readonly CompletionStep[],
  exitDateAt: string | null,
  now: Date,
): EngagementCompletion {
  const exitAt = exitDateAt === null ? null : Date.parse(exitDateAt);
  const exitReached = exitAt !== null && exitAt <= now.getTime() ? exitAt : null;
  let milestones: readonly string[] = [];
  const accepted = new Set<string>();
  for (const step of steps) {
    const at = Date.parse(step.at);
    if (at > now.getTime()) break;
    if (exitReached !== null && exitReached <= at) return { status: "ended_by_exit" };
    if (step.type === "exit.ended_amicably") return { status: "ended_by_exit" };
    if (step.type === "agreement.in_force") milestones = step.milestoneIds;
    else accepted.add(step.milestoneId);
    if (isWorkComplete(milestones, (id) => accepted.has(id))) {
      return { status: "completed", at: step.at };
    }
  }
  if (exitReached !== null) return { status: "ended_by_exit" };
  return {
    status: "open",
    acceptedCount: milestones.filter((id) => accepted.has(id)).length,
    milestoneCount: milestones.length,
  };
}
