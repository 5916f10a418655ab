import type { Finding } from "../findings";
import { isCurrencyCode } from "../money/money";
import { addDays } from "./calendar";
import { isSameText } from "../same-text";
import { divideRoundingHalfUp, toSafeInteger } from "./rounding";

/** One line of an invoice, as entered. */
export interface InvoiceLine {
  description: string;
  /** Quantity in thousandths, so 1.5 hours is 1500: no floating point ever multiplies money. */
  quantityMilli: number;
  /** Price of one unit in the invoice currency's minor unit; never negative (see credit notes). */
  unitPriceMinor: number;
  /** Tax rate in basis points: 2000 is 20.00 %; 0 for exempt or reverse-charge lines. */
  taxRateBasisPoints: number;
}

/** More lines than this is a data error, not an invoice a person will read. */
export const MAX_INVOICE_LINES = 200;
export const MAX_TAX_RATE_BASIS_POINTS = 10_000;
const MILLI = 1000n;
const BASIS_POINTS = 10_000n;

export const INVOICE_CODES = [
  "invoice_currency_unknown",
  "invoice_lines_missing",
  "invoice_too_many_lines",
  "invoice_amount_unsafe",
  "invoice_amount_too_large",
  "invoice_exceeds_agreement",
  "line_description_missing",
  "line_quantity_not_whole_thousandths",
  "line_quantity_not_positive",
  "line_unit_price_not_whole_minor",
  "line_unit_price_negative",
  "line_tax_rate_out_of_range",
] as const;
export type InvoiceCode = (typeof INVOICE_CODES)[number];

/** Tax is stated and rounded once per rate, as EU invoices state VAT (art. 226 VAT Directive). */
export interface TaxGroup {
  rateBasisPoints: number;
  netMinor: number;
  taxMinor: number;
}

export interface InvoiceTotals {
  currency: string;
  /** Each line's net (quantity × unit price, rounded to the minor unit), in line order. */
  lineNetsMinor: number[];
  /** One group per distinct rate, lowest rate first. */
  taxGroups: TaxGroup[];
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
}

export type InvoiceTotalsResult =
  { ok: true; totals: InvoiceTotals } | { ok: false; findings: Finding<InvoiceCode>[] };

/**
 * What is wrong with an invoice's lines, all at once so the editor can mark every field.
 * Every finding blocks issuing. A zero unit price is allowed (an included item); a negative one
 * is not: a reduction of what is owed is a credit note, which keeps the issued invoice intact.
 */
export function checkInvoiceLines(
  lines: readonly InvoiceLine[],
  currency: string,
): Finding<InvoiceCode>[] {
  const findings: Finding<InvoiceCode>[] = [];
  const block = (code: InvoiceCode, path: string, values?: Record<string, string | number>) =>
    findings.push({ code, severity: "blocking", path, ...(values ? { values } : {}) });
  if (!isCurrencyCode(currency)) block("invoice_currency_unknown", "currency", { currency });
  if (lines.length === 0) block("invoice_lines_missing", "lines");
  if (lines.length > MAX_INVOICE_LINES) {
    block("invoice_too_many_lines", "lines", { count: lines.length, max: MAX_INVOICE_LINES });
  }
  lines.forEach((line, index) => {
    const path = `lines.${index}`;
    if (line.description.trim() === "") block("line_description_missing", `${path}.description`);
    if (!Number.isSafeInteger(line.quantityMilli)) {
      block("line_quantity_not_whole_thousandths", `${path}.quantityMilli`);
    } else if (line.quantityMilli <= 0) {
      block("line_quantity_not_positive", `${path}.quantityMilli`);
    }
    if (!Number.isSafeInteger(line.unitPriceMinor)) {
      block("line_unit_price_not_whole_minor", `${path}.unitPriceMinor`);
    } else if (line.unitPriceMinor < 0) {
      block("line_unit_price_negative", `${path}.unitPriceMinor`);
    }
    if (!isTaxRate(line.taxRateBasisPoints)) {
      // The limit as a fraction (1 is 100 %), for messages to say it as the percentage people type.
      block("line_tax_rate_out_of_range", `${path}.taxRateBasisPoints`, {
        max: MAX_TAX_RATE_BASIS_POINTS / 10_000,
      });
    }
  });
  return findings;
}

function isTaxRate(rate: number): boolean {
  return Number.isInteger(rate) && rate >= 0 && rate <= MAX_TAX_RATE_BASIS_POINTS;
}

/** A line's net: quantity × unit price, rounded half up to the minor unit. */
export function lineNetMinor(line: Pick<InvoiceLine, "quantityMilli" | "unitPriceMinor">): bigint {
  return divideRoundingHalfUp(BigInt(line.quantityMilli) * BigInt(line.unitPriceMinor), MILLI);
}

/**
 * The invoice's totals. Invariants: subtotal = Σ line nets; tax = Σ group taxes, each rounded
 * once from its group's net (rounding per line would let a long invoice drift by a cent per
 * line); total = subtotal + tax. Amounts are minor units, so rounding to the minor unit is the
 * same rule for JPY (0 digits), EUR (2) and KWD (3). Every amount must stay a safe integer.
 */
export function computeInvoiceTotals(
  lines: readonly InvoiceLine[],
  currency: string,
): InvoiceTotalsResult {
  const findings = checkInvoiceLines(lines, currency);
  if (findings.length > 0) return { ok: false, findings };
  const nets = lines.map(lineNetMinor);
  const groups = taxGroupsOf(lines, nets);
  const subtotal = nets.reduce((total, net) => total + net, 0n);
  const tax = groups.reduce((total, group) => total + group.tax, 0n);
  const exact = [...nets, subtotal, tax, subtotal + tax, ...groups.map((g) => g.net)];
  if (exact.some((amount) => toSafeInteger(amount) === null)) {
    return {
      ok: false,
      findings: [{ code: "invoice_amount_unsafe", severity: "blocking", path: "lines" }],
    };
  }
  return {
    ok: true,
    totals: {
      currency,
      lineNetsMinor: nets.map(Number),
      taxGroups: groups.map((g) => ({
        rateBasisPoints: g.rate,
        netMinor: Number(g.net),
        taxMinor: Number(g.tax),
      })),
      subtotalMinor: Number(subtotal),
      taxMinor: Number(tax),
      totalMinor: Number(subtotal + tax),
    },
  };
}

function taxGroupsOf(
  lines: readonly InvoiceLine[],
  nets: readonly bigint[],
): { rate: number; net: bigint; tax: bigint }[] {
  const netByRate = new Map<number, bigint>();
  lines.forEach((line, index) => {
    const rate = line.taxRateBasisPoints;
    netByRate.set(rate, (netByRate.get(rate) ?? 0n) + (nets[index] ?? 0n));
  });
  return [...netByRate.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rate, net]) => ({
      rate,
      net,
      tax: divideRoundingHalfUp(net * BigInt(rate), BASIS_POINTS),
    }));
}

/**
 * The day payment falls due: `paymentTermsDays` calendar days after the issue date (UTC
 * calendar, so month ends and 29 February need no special case). 0 days means due on issue.
 * Terms are whole non-negative days; anything else is a bug upstream and throws.
 */
export function dueDateOf(issueDate: string, paymentTermsDays: number): string {
  if (!Number.isSafeInteger(paymentTermsDays) || paymentTermsDays < 0) {
    throw new RangeError(`payment terms must be whole days, got ${paymentTermsDays}`);
  }
  return addDays(issueDate, paymentTermsDays);
}

/**
 * The manual draft whose lines `lines` repeat, if any: the same lines in the same order (each
 * description compared by `isSameText`, with its quantity, unit price and tax rate). A provider
 * drafts such an invoice once while it is a draft, so a double click or a retry does not leave
 * two drafts asking for the same money; the note aside, the draft is edited instead. Once it is
 * issued, the same lines may be drafted again (a second month of hosting).
 */
export function draftOfSameLines<D extends { lines: readonly InvoiceLine[] }>(
  drafts: readonly D[],
  lines: readonly InvoiceLine[],
): D | undefined {
  return drafts.find(
    (draft) =>
      draft.lines.length === lines.length &&
      draft.lines.every((line, index) => isSameLine(line, lines[index])),
  );
}

function isSameLine(a: InvoiceLine, b: InvoiceLine | undefined): boolean {
  return (
    b !== undefined &&
    a.quantityMilli === b.quantityMilli &&
    a.unitPriceMinor === b.unitPriceMinor &&
    a.taxRateBasisPoints === b.taxRateBasisPoints &&
    isSameText(a.description, b.description)
  );
}
