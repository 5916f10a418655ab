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

/**
 * The first of a body's own planned days past the horizon, in the body's order (a brief's
 * `earliestStart` then `deadline`, a profile's `availableFrom`), as `refuseDayBeyondHorizon`
 * says it; null when every one is unset or within it.
 */
export function refuseDaysBeyondHorizon(
  days: readonly { path: string; day: string | null | undefined }[],
  today: string,
): Result<never> | null {
  for (const { path, day } of days) {
    const refused = refuseDayBeyondHorizon(day ?? null, today, path);
    if (refused) return refused;
  }
  return null;
}
