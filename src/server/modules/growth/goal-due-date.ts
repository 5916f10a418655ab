import { day } from "../../../domain/findings";
import { refuseDayBeyondHorizon } from "../../kernel/planned-days";
import { fail, type Result } from "../../platform/result";

/**
 * A goal is set to be reached from now on, within the planning horizon: a due date before
 * today is refused naming the field and today (a goal due yesterday would start "off track"),
 * one more than ten years ahead naming the last day allowed, in the reader's language.
 */
export function refuseGoalDueDates(
  goals: readonly { dueDate: string | null }[],
  today: string,
  pathOf: (index: number) => string,
): Result<never> | null {
  const index = goals.findIndex((goal) => goal.dueDate !== null && goal.dueDate < today);
  if (index >= 0) {
    return fail("validation_failed", undefined, [
      { path: pathOf(index), key: "validation.day_before_today", values: { today: day(today) } },
    ]);
  }
  for (const [i, goal] of goals.entries()) {
    const refused = refuseDayBeyondHorizon(goal.dueDate, today, pathOf(i));
    if (refused) return refused;
  }
  return null;
}
