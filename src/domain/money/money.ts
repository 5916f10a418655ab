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
