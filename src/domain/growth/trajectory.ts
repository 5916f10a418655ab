import { GROWTH } from "../health/growth-constants";
import { valueOf, type Goal, type Measurement } from "./goal";

/**
 * `on_track` and `off_track` need a due date (a line to be on or behind); a goal without one is
 * `improving` or `not_improving`, said as such, never as on track.
 */
export type GoalStatus =
  "no_data" | "reached" | "on_track" | "off_track" | "improving" | "not_improving";

export interface GoalTrajectory {
  /** The values that count, oldest first, one per measurement. */
  points: { day: string; value: number }[];
  latest: number | null;
  /** Share of the way from baseline to target (0 at the baseline, 1 at the target). */
  progress: number | null;
  /** Where the straight line from start to due date says the goal should be today. */
  expectedProgress: number | null;
  status: GoalStatus;
  /** ISO date the next measurement is due, on the goal's cadence. */
  nextMeasurementDue: string;
  isMeasurementOverdue: boolean;
}

const DAY_MS = 86_400_000;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS;
}

/** Share of the way from baseline to target a value stands at; a goal already met is 1. */
export function progressOf(goal: Pick<Goal, "baseline" | "target">, value: number): number {
  const span = goal.target - goal.baseline;
  if (span === 0) return value === goal.target ? 1 : 0;
  return (value - goal.baseline) / span;
}

/**
 * A goal's trajectory on `today` (ISO date): its values, how far it got, and whether it is on
 * track. With a due date, on track means no more than the tolerance behind the straight line
 * from the day it was set to the due date. Without one there is no line to be on or behind: the
 * goal is improving when the latest value gained on the one before (or on the baseline), else
 * not improving. A goal whose latest value meets the target is reached,
 * whichever way the target lies (a load time going down works like sales going up).
 */
export function goalTrajectory(
  goal: Goal,
  measurements: readonly Measurement[],
  today: string,
): GoalTrajectory {
  const points = [...measurements]
    .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn))
    .map((m) => ({ day: m.measuredOn, value: valueOf(m) }));
  const last = points.at(-1);
  const lastDay = last?.day ?? goal.startedOn;
  const nextMeasurementDue = addDays(lastDay, goal.cadenceDays);
  const base = {
    points,
    nextMeasurementDue,
    isMeasurementOverdue: today > nextMeasurementDue,
  };
  const expectedProgress =
    goal.dueDate === null
      ? null
      : Math.min(
          1,
          Math.max(
            0,
            daysBetween(goal.startedOn, today) /
              Math.max(1, daysBetween(goal.startedOn, goal.dueDate)),
          ),
        );
  if (!last) return { ...base, latest: null, progress: null, expectedProgress, status: "no_data" };
  const progress = progressOf(goal, last.value);
  const before = points.at(-2);
  const previous = before ? progressOf(goal, before.value) : 0;
  const status: GoalStatus =
    progress >= 1
      ? "reached"
      : expectedProgress === null
        ? progress > previous
          ? "improving"
          : "not_improving"
        : progress >= expectedProgress - GROWTH.goals.onTrackTolerance
          ? "on_track"
          : "off_track";
  return { ...base, latest: last.value, progress, expectedProgress, status };
}
