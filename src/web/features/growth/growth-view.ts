import type { ChartSeries } from "../../shared/components/line-chart";
import type { Goal } from "./growth-types";

/** A goal's value as the reader writes it: "2.6%" sits next to the number, other units follow it. */
export function formatGoalValue(locale: string, value: number, unit: string): string {
  if (unit === "%") {
    return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 4 }).format(
      value / 100,
    );
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
  return unit ? `${number} ${unit}` : number;
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
