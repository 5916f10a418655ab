import type { ChangeRequest, ChangeRequestStatus } from "../../shared/api/types";
import type { AppMessageKey } from "../../shared/i18n/messages";

export const CHANGE_STATUS_LABELS: Record<ChangeRequestStatus, AppMessageKey> = {
  proposed: "changes.status.proposed",
  priced: "changes.status.priced",
  approved: "changes.status.approved",
  applied: "changes.status.applied",
  declined: "changes.status.declined",
  withdrawn: "changes.status.withdrawn",
};

export const EFFORT_UNITS = ["hour", "day"] as const;
export type EffortUnit = (typeof EFFORT_UNITS)[number];

export const EFFORT_UNIT_OPTION_LABELS: Record<EffortUnit, AppMessageKey> = {
  hour: "changes.price.unit.hour",
  day: "changes.price.unit.day",
};

/** Whether the change is still open to an answer (pricing, approval, declining, withdrawal). */
export function isOpenChange(change: Pick<ChangeRequest, "status">): boolean {
  return change.status === "proposed" || change.status === "priced";
}
