import type { AppMessageKey } from "../../shared/i18n/messages";
import type { RateUnit } from "./profile-form-state";

export const RATE_UNITS: RateUnit[] = ["hour", "day", "deliverable"];

export const RATE_UNIT_LABELS: Record<RateUnit, AppMessageKey> = {
  hour: "profile.rate.unit.hour",
  day: "profile.rate.unit.day",
  deliverable: "profile.rate.unit.deliverable",
};

/** "{amount} per day" and the like, for reading a rate. */
export const RATE_AMOUNT_LABELS: Record<RateUnit, AppMessageKey> = {
  hour: "profile.rate.perHour",
  day: "profile.rate.perDay",
  deliverable: "profile.rate.perDeliverable",
};
