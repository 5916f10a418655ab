import type { Remuneration } from "../../shared/api/types";
import type { AppMessageKey } from "../../shared/i18n/messages";

export const PRICE_MODELS: Remuneration["model"][] = ["fixed", "retainer", "time_and_materials"];

export const PRICE_MODEL_LABELS: Record<Remuneration["model"], AppMessageKey> = {
  fixed: "terms.remuneration.model.fixed",
  retainer: "terms.remuneration.model.retainer",
  time_and_materials: "terms.remuneration.model.time_and_materials",
};

export const EFFORT_UNIT_LABELS: Record<"hour" | "day", AppMessageKey> = {
  hour: "terms.effort.hours",
  day: "terms.effort.days",
};

export const RETAINER_PERIOD_LABELS: Record<"month" | "quarter", AppMessageKey> = {
  month: "terms.remuneration.period.month",
  quarter: "terms.remuneration.period.quarter",
};
