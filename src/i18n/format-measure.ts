import type { Locale } from "./locales";

/** ISO 4217 codes this runtime's Intl knows, read once. */
let knownCurrencies: ReadonlySet<string> | null = null;

/** Whether the sides named the unit by a currency's code ("EUR"): then the measure is money. */
function isCurrencyCode(unit: string): boolean {
  if (!/^[A-Z]{3}$/.test(unit)) return false;
  knownCurrencies ??= new Set(Intl.supportedValuesOf("currency"));
  return knownCurrencies.has(unit);
}

/**
 * A measured value as the reader writes it, with its unit: "2.6%" in English, "2,6 %" in
 * French (Intl's percent style, so each language spaces it its own way), an amount in a
 * currency named by its code as money ("48,50 €" in French, at least the currency's digits,
 * never fewer than the measure has), any other unit after the number ("200 orders").
 */
export function formatMeasure(locale: Locale, value: number, unit: string): string {
  if (unit === "%") {
    return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 4 }).format(
      value / 100,
    );
  }
  if (isCurrencyCode(unit)) {
    const money = new Intl.NumberFormat(locale, { style: "currency", currency: unit });
    const digits = money.resolvedOptions().minimumFractionDigits ?? 2;
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency: unit,
      minimumFractionDigits: digits,
      maximumFractionDigits: Math.max(digits, 4),
    }).format(value);
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
  return unit ? `${number} ${unit}` : number;
}
