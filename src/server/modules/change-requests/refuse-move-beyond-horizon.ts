import type { AgreementTerms } from "../../../domain/agreement/terms";
import { milestoneMovedBeyondHorizon } from "../../../domain/change/change-request";
import { day } from "../../../domain/findings";
import { fail, failAtField, type Result } from "../../platform/result";

/**
 * `422 change_moves_milestone_too_far` naming the first milestone the change would move past
 * the planning horizon (its title, the days typed, the day it would take and the limit), or
 * null. Pricing gives the `scheduleImpactDays` typed, so the refusal is at that field; approving
 * checks every version the change would be written into (the terms in force, an open draft).
 */
export function refuseMoveBeyondHorizon(
  versions: readonly AgreementTerms[],
  change: { deliverableIds: readonly string[]; scheduleImpactDays: number },
  today: string,
  typedAt?: "scheduleImpactDays",
): Result<never> | null {
  for (const terms of versions) {
    const far = milestoneMovedBeyondHorizon(terms, change, today);
    if (!far) continue;
    const values = {
      milestone: far.title,
      days: change.scheduleImpactDays,
      dueDate: day(far.dueDate),
      limit: day(far.limit),
    };
    return typedAt
      ? failAtField("change_moves_milestone_too_far", typedAt, values)
      : fail("change_moves_milestone_too_far", values);
  }
  return null;
}
