import type { ChartSeries } from "../../shared/components/line-chart";
import { formatMeasure } from "../../../i18n/format-measure";
import { isLocale } from "../../../i18n/locales";
import type { Goal } from "./growth-types";

/**
 * A goal's value as the reader writes it, as the server words its sentence (`formatMeasure`):
 * "2.6%" next to the number, "€48.50" for a currency's code, other units after it.
 */
export function formatGoalValue(locale: string, value: number, unit: string): string {
  return formatMeasure(isLocale(locale) ? locale : "en", value, unit);
}

/**
 * A goal's chart: the values that count (a confirmed correction replaces the recorded value),
 * and the target as a flat line over the same days, from the day the goal was set.
 */
export function goalChartSeries(
  goal: Pick<Goal, "baseline" | "target" | "createdAt" | "trajectory">,
  labels: { measured: string; target: string },
): ChartSeries[] {
  const start = goal.createdAt.slice(0, 10);
  const points = goal.trajectory.points;
  const measured = [
    { at: start, value: goal.baseline },
    ...points.map((p) => ({ at: p.day, value: p.value })),
  ];
  const last = points.at(-1)?.day ?? start;
  return [
    { label: labels.measured, points: measured },
    {
      label: labels.target,
      points: [
        { at: start, value: goal.target },
        { at: last, value: goal.target },
      ],
      color: "#15803d",
    },
  ];
}

/** People named in a free text field, one per comma. */
export function peopleFromText(text: string): string[] {
  return text
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
}
