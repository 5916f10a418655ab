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
