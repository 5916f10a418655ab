import { day } from "../../../domain/findings";
import { fail, type Result } from "../../platform/result";

/**
 * A goal is set to be reached from now on: a due date before today is refused naming the field
 * and today, in the reader's language (a goal due yesterday would start "off track").
 */
export function dueBeforeToday(
  goals: readonly { dueDate: string | null }[],
  today: string,
  pathOf: (index: number) => string,
): Result<never> | null {
  const index = goals.findIndex((goal) => goal.dueDate !== null && goal.dueDate < today);
  if (index < 0) return null;
  return fail("validation_failed", undefined, [
    { path: pathOf(index), key: "validation.day_before_today", values: { today: day(today) } },
  ]);
}
