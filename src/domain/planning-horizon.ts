/**
 * How far ahead a day may be planned: a milestone's or a responsibility's due date in agreed
 * terms, a goal's due date, an amends offer's new deadline. Ten years covers any engagement a
 * partnership plans in detail; a later day is a slip (2206 for 2026), and one left standing
 * would make an engagement look on time for ever. Payments and retainer periods have tighter
 * bounds of their own (`billing/payment-date.ts`, `billing/retainer-period.ts`).
 */
export const PLANNING_HORIZON_YEARS = 10;

/** The latest day that may be planned on `today` (YYYY-MM-DD): the same day ten years on. */
export function latestPlannedDay(today: string): string {
  const year = Number(today.slice(0, 4)) + PLANNING_HORIZON_YEARS;
  const monthDay = today.slice(5);
  // 29 February ten years on is not a day unless that year is a leap year: the 28th then.
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = monthDay === "02-29" && !isLeap ? "02-28" : monthDay;
  return `${String(year).padStart(4, "0")}-${day}`;
}

/** The latest plannable day when `day` is after it, else null. */
export function beyondPlanningHorizon(day: string, today: string): string | null {
  const latest = latestPlannedDay(today);
  return day > latest ? latest : null;
}

/** A planned day past the horizon, where it was typed (`milestones.1.dueDate`), and the limit. */
export interface DayBeyondHorizon {
  path: string;
  day: string;
  limit: string;
}

/**
 * The first due date of agreed terms past the horizon (milestones first, then each side's
 * responsibilities), or null. Paths are relative to the terms (`milestones.0.dueDate`).
 */
export function termsDayBeyondHorizon(
  terms: {
    milestones: readonly { dueDate: string }[];
    clientResponsibilities?: readonly { dueDate: string | null }[];
    providerResponsibilities?: readonly { dueDate: string | null }[];
  },
  today: string,
): DayBeyondHorizon | null {
  const dated = [
    ...terms.milestones.map((m, i) => ({ path: `milestones.${i}.dueDate`, day: m.dueDate })),
    ...(terms.clientResponsibilities ?? []).map((r, i) => ({
      path: `clientResponsibilities.${i}.dueDate`,
      day: r.dueDate,
    })),
    ...(terms.providerResponsibilities ?? []).map((r, i) => ({
      path: `providerResponsibilities.${i}.dueDate`,
      day: r.dueDate,
    })),
  ];
  for (const { path, day } of dated) {
    const limit = day === null ? null : beyondPlanningHorizon(day, today);
    if (day !== null && limit !== null) return { path, day, limit };
  }
  return null;
}
