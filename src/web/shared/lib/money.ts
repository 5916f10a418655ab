/**
 * Money crosses the API as integer minor units with an ISO 4217 code. People type and read
 * decimal amounts in their own locale's format; these helpers convert between the two without
 * ever storing a floating-point amount.
 */

/** How many minor-unit digits the currency has (2 for EUR, 0 for JPY and IDR in Intl's view). */
export function currencyDigits(currency: string, locale: string): number {
  try {
    return (
      new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** The locale's decimal and grouping characters, e.g. "," and "." in German. */
export function numberSeparators(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((part) => part.type === "decimal")?.value ?? ".",
    group: parts.find((part) => part.type === "group")?.value ?? ",",
  };
}

/**
 * Reads a decimal amount typed in the locale's format ("1 500,50" in French, "1,500.50" in
 * English) as minor units; null when it is not an amount or has more digits than the currency.
 */
export function parseMoneyInput(text: string, currency: string, locale: string): number | null {
  return parseDecimalInput(text, locale, currencyDigits(currency, locale));
}

/** Minor units as the text a form shows for editing: "1500,50" in French, no grouping. */
export function formatMoneyInput(minor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency, locale);
  if (digits === 0) return String(minor);
  const scale = 10 ** digits;
  const whole = Math.floor(minor / scale);
  const fraction = String(minor % scale).padStart(digits, "0");
  return `${whole}${numberSeparators(locale).decimal}${fraction}`;
}

/** Minor units for reading: "1 500,50 €" in French. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency, locale);
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(
    minor / 10 ** digits,
  );
}

/** An example of the format the amount fields expect, for their hint. */
export function moneyInputExample(currency: string, locale: string): string {
  return formatMoneyInput(
    150_050 * 10 ** Math.max(0, currencyDigits(currency, locale) - 2),
    currency,
    locale,
  );
}

/**
 * A decimal typed in the locale's format ("1,5" in French) as an integer of `digits` decimal
 * places (1.5 with 3 digits is 1500); null when it is not a non-negative number or has more
 * decimals than that.
 */
export function parseDecimalInput(text: string, locale: string, digits: number): number | null {
  const { decimal, group } = numberSeparators(locale);
  // Spaces of every kind group digits in some locales; people type ordinary ones.
  let normalised = text.replace(/[\s\u00a0\u202f]/g, "");
  if (group.trim() !== "" && group !== decimal) normalised = normalised.split(group).join("");
  if (decimal !== ".") normalised = normalised.replace(decimal, ".");
  const match = /^(\d+)(?:\.(\d*))?$/.exec(normalised);
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  if (fraction.length > digits) return null;
  const scaled = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return Number.isSafeInteger(scaled) ? scaled : null;
}
