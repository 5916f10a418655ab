import { HEALTH } from "./constants";

const DAY_MS = 86_400_000;

/** `100 · clamp((x − floor) / (target − floor), 0, 1)`; works for falling scales (target < floor). */
export function normalise(x: number, floor: number, target: number): number {
  const share = (x - floor) / (target - floor);
  return 100 * Math.min(1, Math.max(0, share));
}

/** A rate of `k` in `n` pulled toward the cohort mean `p0`: `(k + m·p0) / (n + m)`. */
export function smoothRate(
  k: number,
  n: number,
  p0: number,
  m: number = HEALTH.smoothingM,
): number {
  return (k + m * p0) / (n + m);
}

/** Wilson score lower bound of `k` successes in `n` (0 when n = 0), for rankings. */
export function wilsonLowerBound(k: number, n: number, z: number = HEALTH.wilsonZ): number {
  if (n <= 0) return 0;
  const p = k / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.max(0, (centre - margin) / (1 + z2 / n));
}

/**
 * An engagement's weight in its organisation's score: `2^(−age/180) × ln(1 + value)`, value in
 * major units; 0 once it is older than the 24-month window. Ages in days, never negative.
 */
export function engagementWeight(ageDays: number, valueMajor: number): number {
  if (ageDays > HEALTH.windowDays) return 0;
  const age = Math.max(0, ageDays);
  // An engagement of unknown or zero value still counts, as one unit would.
  return Math.pow(2, -age / HEALTH.decayHalfLifeDays) * Math.log(1 + Math.max(1, valueMajor));
}

/** Mid-rank percentile (0–100) of `value` among `cohort`: below counts whole, ties half. */
export function percentileOf(value: number, cohort: readonly number[]): number {
  if (cohort.length === 0) return 50;
  let below = 0;
  let equal = 0;
  for (const other of cohort) {
    if (other < value) below += 1;
    else if (other === value) equal += 1;
  }
  return (100 * (below + equal / 2)) / cohort.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Days (fractional) from one instant to another. */
export function daysBetweenInstants(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / DAY_MS;
}

/**
 * Business days from one instant to another: the Monday-to-Friday dates after `from`'s UTC
 * date, up to and including `to`'s. Submitted Monday, evaluated Thursday: 3. Counted in O(1)
 * (whole weeks, then the days left over), not day by day: a submission pending for a year is
 * measured on every event and by every sweep.
 */
export function businessDaysBetween(from: string, to: string): number {
  const start = Math.floor(Date.parse(from) / DAY_MS);
  const end = Math.floor(Date.parse(to) / DAY_MS);
  return end > start ? businessDaysBefore(end + 1) - businessDaysBefore(start + 1) : 0;
}

/** Business days among the first r days of a week that starts on a Thursday, as day 0 does. */
const BUSINESS_DAYS_IN_FIRST = [0, 1, 2, 2, 2, 3, 4, 5] as const;

/**
 * Business days among the days before `day` (day 0 = 1970-01-01, a Thursday), counted from day
 * 0; negative before it. Only differences are meaningful: the days of `[a, b)` number
 * `businessDaysBefore(b) − businessDaysBefore(a)`.
 */
function businessDaysBefore(day: number): number {
  const weeks = Math.floor(day / 7);
  return 5 * weeks + (BUSINESS_DAYS_IN_FIRST[day - 7 * weeks] ?? 0);
}

const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/** The UTC date (YYYY-MM-DD) of an instant (read off a UTC instant's text: the model calls it often). */
export function dateOf(instant: string): string {
  if (UTC_INSTANT.test(instant)) return instant.slice(0, 10);
  return new Date(Date.parse(instant)).toISOString().slice(0, 10);
}

/** Whole days an invoice is past due on `date` (0 when not yet due). */
export function daysPastDue(dueDate: string, date: string): number {
  return Math.max(0, Math.round((Date.parse(date) - Date.parse(dueDate)) / DAY_MS));
}
