/**
 * Money is an integer count of the currency's minor unit (cents, yen, fils) with its ISO 4217
 * code. It is never a floating-point number of major units.
 */
export interface Money {
  amountMinor: number;
  currency: string;
}

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

export function isCurrencyCode(code: string): boolean {
  return KNOWN_CURRENCIES.has(code);
}

/** How many decimals the currency's minor unit has: 2 for EUR, 0 for JPY, 3 for KWD. */
export function minorUnitDigits(currency: string): number {
  return (
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

export function isWholeMinorAmount(amount: number): boolean {
  return Number.isSafeInteger(amount);
}

/**
 * The amount as a plain decimal in major units ("1234.56", "-0.05", "1500" for JPY), for
 * accounting exports: no grouping, no symbol, a dot as separator, exact for any safe integer.
 */
export function decimalOfMinor(amountMinor: number, currency: string): string {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`not a whole minor amount: ${amountMinor}`);
  }
  const digits = minorUnitDigits(currency);
  const sign = amountMinor < 0 ? "-" : "";
  const magnitude = String(Math.abs(amountMinor)).padStart(digits + 1, "0");
  if (digits === 0) return `${sign}${magnitude}`;
  return `${sign}${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
}

/**
 * The minor units of a decimal written in major units ("40", "40.00", "1234.5" EUR), or null
 * when it is not a plain non-negative decimal with at most the currency's digits. Read as
 * text, never through floating point.
 */
export function minorOfDecimal(text: string, currency: string): number | null {
  const digits = minorUnitDigits(currency);
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  const minor = Number(`${match[1]}${fraction.padEnd(digits, "0")}`);
  return Number.isSafeInteger(minor) ? minor : null;
}
