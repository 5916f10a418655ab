import type { Locale } from "../../../i18n/locales";

/** An ISO calendar day as the reader writes it ("22 Nov 2026", "22 nov. 2026"). */
export function formatDay(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** Basis points as a percentage in the reader's format: 1050 → "10.5%", "10,5 %". */
export function formatBasisPoints(locale: Locale, basisPoints: number): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(
    basisPoints / 10_000,
  );
}
