import type { Locale } from "./locales";

/**
 * A measured value as the reader writes it, with its unit: "2.6%" in English, "2,6 %" in
 * French (Intl's percent style, so each language spaces it its own way), "200 orders".
 */
export function formatMeasure(locale: Locale, value: number, unit: string): string {
  if (unit === "%") {
    return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 4 }).format(
      value / 100,
    );
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
  return unit ? `${number} ${unit}` : number;
}
