import { beyondPlanningHorizon, termsDayBeyondHorizon } from "../../domain/planning-horizon";
import { dateOutOfBounds, type Result } from "../platform/result";

/**
 * `400 validation_failed` at the first due date of a body's `terms` past the planning horizon
 * (`terms.milestones.1.dueDate`), naming the day typed and the last one allowed; null when
 * every day is within it. Proposals, agreement drafts and next-phase offers share it.
 */
export function refuseTermsBeyondHorizon(
  terms: Parameters<typeof termsDayBeyondHorizon>[0],
  today: string,
): Result<never> | null {
  const far = termsDayBeyondHorizon(terms, today);
  if (!far) return null;
  return dateOutOfBounds(
    `terms.${far.path}`,
    "validation.day_too_far_ahead",
    { as: "dueDate", date: far.day },
    far.limit,
  );
}

/** The same for one due date at `path` (a goal's), null when it is unset or within it. */
export function refuseDayBeyondHorizon(
  day: string | null,
  today: string,
  path: string,
): Result<never> | null {
  const limit = day === null ? null : beyondPlanningHorizon(day, today);
  if (day === null || limit === null) return null;
  return dateOutOfBounds(path, "validation.day_too_far_ahead", { as: "dueDate", date: day }, limit);
}
