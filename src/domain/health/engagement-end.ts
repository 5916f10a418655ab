import { engagementEndedOn } from "../exit/after-exit";
import type { HealthFacts, MilestoneFact } from "./facts";
import { dateOf } from "./mechanics";

/**
 * The day an engagement's lateness is judged on at `now` (`day`): today while it goes on, and
 * the day its exit ended it once it has (`endedOn`, `engagementEndedOn`), so lateness stops
 * growing at the end and nothing falls due after it.
 */
export interface JudgingDay {
  day: string;
  endedOn: string | null;
}

export function judgingDay(facts: Pick<HealthFacts, "exit">, now: string): JudgingDay {
  const today = dateOf(now);
  if (facts.exit === undefined) return { day: today, endedOn: null };
  const endedOn = engagementEndedOn(facts.exit, new Date(now));
  return { day: endedOn !== null && endedOn < today ? endedOn : today, endedOn };
}

/**
 * The day a milestone was delivered, as it stood on the end once the engagement has ended: a
 * delivery after the end does not move what the end froze. Null while not delivered (then).
 * A milestone open on the judging day and due on or after it is not due; one due before it is
 * late by the days up to it.
 */
export function deliveredOnAsJudged(milestone: MilestoneFact, judging: JudgingDay): string | null {
  const deliveredOn = milestone.deliveredAt ? dateOf(milestone.deliveredAt) : null;
  if (deliveredOn === null || judging.endedOn === null) return deliveredOn;
  return deliveredOn <= judging.day ? deliveredOn : null;
}

/** Whether the exit has ended the engagement at `now`: no work is asked of either side then. */
export function hasEnded(facts: Pick<HealthFacts, "exit">, now: string): boolean {
  return facts.exit !== undefined && engagementEndedOn(facts.exit, new Date(now)) !== null;
}
