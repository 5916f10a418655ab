import { minorUnitDigits } from "../domain/money/money";
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
