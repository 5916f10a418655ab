import type { MessageValue } from "../domain/findings";
import { minorUnitDigits } from "../domain/money/money";
import { formatDate } from "./date-format";
import { formatMeasure } from "./format-measure";
import type { Locale } from "./locales";

/** Formats integer minor units as money in the reader's locale: 1234567 EUR → "12 345,67 €" in fr. */
export function formatMoney(locale: Locale, amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amountMinor / 10 ** digits);
}

/** A size in bytes as the reader writes it, in the largest unit that keeps it at 1 or more. */
export function formatFileSize(locale: Locale, bytes: number): string {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: units[unit],
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(value);
}

/**
 * An ISO calendar day as the reader writes it, the month in words as the web writes it
 * (`DateOnly`): "November 22, 2026", "22. November 2026", "1er décembre 2026". The one form for
 * days in server messages, e-mails and documents.
 */
export function formatDay(locale: Locale, isoDate: string): string {
  return formatDate(locale, new Date(`${isoDate}T00:00:00Z`), {
    dateStyle: "long",
    timeZone: "UTC",
  });
}

/**
 * A moment as the reader writes it, day and time in UTC and saying so ("November 27, 2026 at
 * 9:00 AM UTC", "27 novembre 2026 à 09:00 UTC"): Accord keeps no person's time zone.
 */
export function formatInstant(locale: Locale, iso: string): string {
  return formatDate(locale, new Date(iso), {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  });
}

/** Basis points as a percentage in the reader's format: 1050 → "10.5%", "10,5 %". */
export function formatBasisPoints(locale: Locale, basisPoints: number): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(
    basisPoints / 10_000,
  );
}

/**
 * A message's values as the reader writes them: money (`{ minor, currency }`), days
 * (`{ day }`), moments (`{ instant }`), languages (`{ language }`), shares (`{ basisPoints }`), sizes (`{ bytes }`) and
 * measures (`{ measure, unit }`) by their type; numbers, text and dates as they are (ICU
 * formats those itself).
 */
export function formatMessageValues(
  locale: Locale,
  values: Readonly<Record<string, MessageValue | Date>>,
): Record<string, string | number | Date> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, formatMessageValue(locale, value)]),
  );
}

function formatMessageValue(locale: Locale, value: MessageValue | Date): string | number | Date {
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("minor" in value) return formatMoney(locale, value.minor, value.currency);
  if ("day" in value) return formatDay(locale, value.day);
  if ("instant" in value) return formatInstant(locale, value.instant);
  if ("basisPoints" in value) return formatBasisPoints(locale, value.basisPoints);
  if ("bytes" in value) return formatFileSize(locale, value.bytes);
  if ("measure" in value) return formatMeasure(locale, value.measure, value.unit);
  return new Intl.DisplayNames(locale, { type: "language" }).of(value.language) ?? value.language;
}
