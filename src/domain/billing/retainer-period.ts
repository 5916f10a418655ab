import { addDays, isIsoDate } from "./calendar";

export type RetainerPeriodLength = "month" | "quarter";

export interface RetainerPeriod {
  /** First day, also what the invoice cites so a period is invoiced once. */
  start: string;
  /** Last day, inclusive. */
  end: string;
}

/** The month (1–12) after `months` more months, with the year carried. */
function monthAfter(year: number, month: number, months: number) {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The retainer period starting on `periodStart`: a calendar month from its first day, or a
 * calendar quarter from 1 January, April, July or October. Any other start is refused, so two
 * invoices cannot cover overlapping stretches of one retainer. Null when the start is not such
 * a day; an agreement that names no period bills by the month.
 */
export function retainerPeriodOf(
  periodStart: string,
  length: RetainerPeriodLength | null,
): RetainerPeriod | null {
  if (!isIsoDate(periodStart) || !periodStart.endsWith("-01")) return null;
  const year = Number(periodStart.slice(0, 4));
  const month = Number(periodStart.slice(5, 7));
  const months = length === "quarter" ? 3 : 1;
  if (months === 3 && (month - 1) % 3 !== 0) return null;
  const next = monthAfter(year, month, months);
  const nextStart = `${String(next.year).padStart(4, "0")}-${String(next.month).padStart(2, "0")}-01`;
  return { start: periodStart, end: addDays(nextStart, -1) };
}

/**
 * The retainer period that holds `day` (an ISO date): its calendar month, or its calendar
 * quarter. A retainer's first period is the one holding the day its agreement came into force,
 * which billing invoices in full, so the final settlement counts from its first day too.
 */
export function retainerPeriodHolding(day: string, length: RetainerPeriodLength | null) {
  const months = length === "quarter" ? 3 : 1;
  const month = Number(day.slice(5, 7));
  const first = month - ((month - 1) % months);
  const start = `${day.slice(0, 4)}-${String(first).padStart(2, "0")}-01`;
  return retainerPeriodOf(start, length);
}

/**
 * The day the retainer in force began to be owed: the day the first of the agreement versions
 * that have been a retainer without a break up to the latest came into force. A retainer agreed
 * by an amendment of a fixed price (or of time and materials) is owed from the amendment's day,
 * not from the engagement's first agreement, whose months the former price paid for; an
 * amendment of a retainer's fee keeps the day it began. `versions` are every version that came
 * into force, oldest first. Null when the latest is not a retainer.
 */
export function retainerInForceSince(
  versions: readonly { model: string; inForceOn: string }[],
): string | null {
  let since: string | null = null;
  for (let index = versions.length - 1; index >= 0; index--) {
    const version = versions[index];
    if (version?.model !== "retainer") break;
    since = version.inForceOn;
  }
  return since;
}

/** Why a retainer period is refused for an engagement, with the limit it crossed (a day). */
export type RetainerPeriodRefusal =
  | { reason: "retainer_period_before_engagement"; limit: string }
  | { reason: "retainer_period_too_far_ahead"; limit: string };

/**
 * Whether `period` is one of the engagement's to invoice: not one that ended before its
 * agreement first came into force (`inForceOn`: nothing was owed then, however long the
 * engagement was negotiated before; a period in 1900 is a slip), and none starting after the
 * next period, counted from the one holding `today` (a retainer is often billed a period ahead,
 * never two). Null when it may be invoiced. The final settlement counts from the same period.
 */
export function checkRetainerPeriodDates(
  period: RetainerPeriod,
  length: RetainerPeriodLength | null,
  bounds: { inForceOn: string; today: string },
): RetainerPeriodRefusal | null {
  if (period.end < bounds.inForceOn) {
    return { reason: "retainer_period_before_engagement", limit: bounds.inForceOn };
  }
  const current = retainerPeriodHolding(bounds.today, length);
  if (!current) throw new Error(`today is not a day: ${bounds.today}`);
  const latestStart = addDays(current.end, 1);
  return period.start > latestStart
    ? { reason: "retainer_period_too_far_ahead", limit: latestStart }
    : null;
}
