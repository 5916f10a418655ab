import { computeInvoiceTotals, type InvoiceTotals } from "../../../domain/billing/invoice";
import { numberSeparators } from "../../../domain/typed-number";
import type { InvoiceLine, InvoiceLineInput } from "../../shared/api/types";
import type { TypedText } from "../../shared/forms/typed-text";
import { formatMoneyInput, parseDecimalInput, parseMoneyInput } from "../../shared/lib/money";

/**
 * The invoice editor keeps what people type (in their locale's format) and converts it to the
 * API's integers only when reading: quantities in thousandths, prices in minor units, tax
 * rates in basis points. Nothing here rounds: a value with more digits than the unit allows
 * is refused, not trimmed.
 */

/** Quantities are thousandths of a unit; tax rates hundredths of a per cent (basis points). */
export const QUANTITY_DIGITS = 3;
export const TAX_RATE_DIGITS = 2;

/** An integer of `digits` decimal places as editable text: 1500 with 3 digits is "1.5". */
export function formatDecimalInput(scaled: number, locale: string, digits: number): string {
  const scale = 10 ** digits;
  const whole = Math.floor(scaled / scale);
  const fraction = String(scaled % scale)
    .padStart(digits, "0")
    .replace(/0+$/, "");
  return fraction ? `${whole}${numberSeparators(locale).decimal}${fraction}` : String(whole);
}

export interface LineForm {
  /** A stable React key: lines are added and removed in the middle. */
  key: string;
  description: string;
  quantity: string;
  unitPrice: string;
  /** Per cent, as typed: "20" or "5.5". */
  taxRate: string;
}

export function emptyLine(key: string, taxRate = "0"): LineForm {
  return { key, description: "", quantity: "1", unitPrice: "", taxRate };
}

/** A draft's line back in the editor. */
export function lineFormOf(line: InvoiceLine, currency: string, locale: string): LineForm {
  return {
    key: `line-${line.position}`,
    description: line.description,
    quantity: formatDecimalInput(line.quantityMilli, locale, QUANTITY_DIGITS),
    unitPrice: formatMoneyInput(line.unitPriceMinor, currency, locale),
    taxRate: formatDecimalInput(line.taxRateBasisPoints, locale, TAX_RATE_DIGITS),
  };
}

export interface ReadLines {
  lines: Required<InvoiceLineInput>[];
  /** Paths (`lines.0.unitPriceMinor`) of the values that could not be read. */
  invalid: Set<string>;
}

/** The lines as the API takes them, with the paths of every value that could not be read. */
export function readLines(forms: readonly LineForm[], currency: string, locale: string): ReadLines {
  const invalid = new Set<string>();
  const lines = forms.map((form, index) => {
    const path = `lines.${index}`;
    const read = (field: string, value: number | null) => {
      if (value === null) invalid.add(`${path}.${field}`);
      return value ?? 0;
    };
    return {
      description: form.description.trim(),
      quantityMilli: read(
        "quantityMilli",
        parseDecimalInput(form.quantity, locale, QUANTITY_DIGITS),
      ),
      unitPriceMinor: read("unitPriceMinor", parseMoneyInput(form.unitPrice, currency, locale)),
      taxRateBasisPoints: read(
        "taxRateBasisPoints",
        parseDecimalInput(form.taxRate, locale, TAX_RATE_DIGITS),
      ),
    };
  });
  return { lines, invalid };
}

/**
 * The totals while the lines are being typed, by the same rule the server applies when it
 * saves them: lines whose amounts cannot be read yet are left out, and a missing description
 * does not hide the totals (the server names it when the draft is saved). Null when nothing
 * adds up yet or the amounts are out of range.
 */
export function previewTotals(
  forms: readonly LineForm[],
  currency: string,
  locale: string,
): InvoiceTotals | null {
  const readable = forms.flatMap((form) => {
    const { lines, invalid } = readLines([form], currency, locale);
    const [line] = lines;
    return invalid.size === 0 && line ? [{ ...line, description: line.description || "-" }] : [];
  });
  if (readable.length === 0) return null;
  const result = computeInvoiceTotals(readable, currency);
  return result.ok ? result.totals : null;
}

/** The tax rate typed for the line an agreement sets, in basis points; null when unreadable. */
export function readTaxRate(text: string, locale: string): number | null {
  return parseDecimalInput(text.trim() === "" ? "0" : text, locale, TAX_RATE_DIGITS);
}

/** The lines as the API takes them, read with `text`, which notes what it could not read. */
export function readLineBodies(
  forms: readonly LineForm[],
  currency: string,
  text: TypedText,
): Required<InvoiceLineInput>[] {
  return forms.map((form, index) => ({
    description: form.description.trim(),
    quantityMilli: text.decimal(`lines.${index}.quantityMilli`, form.quantity, QUANTITY_DIGITS),
    unitPriceMinor: text.amount(`lines.${index}.unitPriceMinor`, form.unitPrice, currency),
    taxRateBasisPoints: text.decimal(
      `lines.${index}.taxRateBasisPoints`,
      form.taxRate.trim() === "" ? "0" : form.taxRate,
      TAX_RATE_DIGITS,
    ),
  }));
}
