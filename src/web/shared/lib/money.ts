/**
 * Money crosses the API as integer minor units with an ISO 4217 code. People type and read
 * decimal amounts in their own locale's format; these helpers convert between the two without
 * ever storing a floating-point amount.
 */
import { numberSeparators, readTypedNumber } from "../../../domain/typed-number";

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

/**
 * Reads a decimal amount typed in the locale's format ("1 500,50" in French, "1,500.50" in
 * English) as minor units; null when it is not an amount or has more digits than the currency.
 */
export function parseMoneyInput(text: string, currency: string, locale: string): number | null {
  return parseDecimalInput(text, locale, currencyDigits(currency, locale));
}

/** `parseMoneyInput` saying why an amount reads as nothing (see `readDecimalInput`). */
export function readMoneyInput(text: string, currency: string, locale: string): DecimalReading {
  return readDecimalInput(text, locale, currencyDigits(currency, locale));
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

/**
 * A number as the text a form shows for editing, in the reader's format and without grouping:
 * 2.5 is "2,5" in French, so what is shown reads back as the same number (`readTypedNumber`).
 */
export function formatNumberInput(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(
    value,
  );
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

/** What a typed decimal reads as, or why it reads as nothing (see `readTypedNumber`). */
export type DecimalReading = { value: number } | { problem: "unreadable" | "ambiguous" };

/**
 * A decimal typed in the locale's format ("1,5" in French) as an integer of `digits` decimal
 * places (1.5 with 3 digits is 1500); unreadable when it is not a non-negative number or has
 * more decimals than that, ambiguous when its separators are another language's ("1,5" in
 * English: not read as 15).
 */
export function readDecimalInput(text: string, locale: string, digits: number): DecimalReading {
  const reading = readTypedNumber(text, numberSeparators(locale), { allowsNegative: false });
  if (!reading.ok) return { problem: reading.problem };
  if (reading.fraction.length > digits) return { problem: "unreadable" };
  const scaled =
    Number(reading.whole || "0") * 10 ** digits +
    Number(reading.fraction.padEnd(digits, "0") || "0");
  return Number.isSafeInteger(scaled) ? { value: scaled } : { problem: "unreadable" };
}

/** `readDecimalInput`'s value, or null when it has none. */
export function parseDecimalInput(text: string, locale: string, digits: number): number | null {
  const reading = readDecimalInput(text, locale, digits);
  return "value" in reading ? reading.value : null;
}
