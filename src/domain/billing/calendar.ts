/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) as UTC days. Billing counts whole calendar
 * days: a due date, a day of late interest, a day past due. Time zones never move a date here;
 * the caller turns its clock's instant into the organisation's "today" before asking.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether `text` is a real calendar date written YYYY-MM-DD (so 2026-02-29 is not). */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

function parseIsoDate(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  const isSameDay =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isSameDay ? date.getTime() / DAY_MS : null;
}

/** Days since 1970-01-01; throws on a malformed date, which the contracts should have refused. */
export function dayNumber(isoDate: string): number {
  const day = parseIsoDate(isoDate);
  if (day === null) throw new RangeError(`not an ISO calendar date: ${isoDate}`);
  return day;
}

export function isoDateOfDayNumber(day: number): string {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) throw new RangeError(`date out of range: day ${day}`);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

export function addDays(isoDate: string, days: number): string {
  return isoDateOfDayNumber(dayNumber(isoDate) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): 365 | 366 {
  return isLeapYear(year) ? 366 : 365;
}

/** The date of the later of two ISO dates (ISO dates compare as text). */
export function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}
