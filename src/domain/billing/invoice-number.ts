/**
 * Invoice numbers: `PREFIX-YEAR-SEQUENCE` ("ACME-2026-0001") or `PREFIX-SEQUENCE`. The sequence
 * runs per provider organisation (and per year when the year is part of the number); the
 * database hands out the next one without gaps, as invoicing law asks. These functions only
 * write and read the text.
 */
const PREFIX = /^[A-Z0-9]{1,12}$/;
const YEAR = /^\d{4}$/;
const SEQUENCE = /^\d{4,}$/;
export const MIN_SEQUENCE_DIGITS = 4;

export interface InvoiceNumberParts {
  prefix: string;
  year: number | null;
  sequence: number;
}

/** Upper-case letters and digits, 1–12 of them; no hyphen, so a number parses unambiguously. */
export function isInvoicePrefix(prefix: string): boolean {
  return PREFIX.test(prefix);
}

/**
 * The number's text; the sequence is zero-padded to four digits and grows past 9999. A bad
 * prefix, year or sequence is a bug upstream (the organisation's settings are validated) and
 * throws.
 */
export function formatInvoiceNumber(prefix: string, sequence: number, year?: number): string {
  if (!isInvoicePrefix(prefix)) throw new RangeError(`invalid invoice prefix: ${prefix}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new RangeError(`invalid invoice sequence: ${sequence}`);
  }
  if (year !== undefined && (!Number.isInteger(year) || year < 1000 || year > 9999)) {
    throw new RangeError(`invalid invoice year: ${year}`);
  }
  const padded = String(sequence).padStart(MIN_SEQUENCE_DIGITS, "0");
  return year === undefined ? `${prefix}-${padded}` : `${prefix}-${year}-${padded}`;
}

/**
 * The parts of a number, or null when the text is not one this format writes. Only the
 * canonical text parses ("ACME-2026-01234" does not), so one invoice has one spelling.
 */
export function parseInvoiceNumber(text: string): InvoiceNumberParts | null {
  const parts = text.split("-");
  const [prefix, middle, last] = parts;
  if (prefix === undefined || middle === undefined || parts.length > 3) return null;
  const yearText = last === undefined ? null : middle;
  const sequenceText = last ?? middle;
  if (!isInvoicePrefix(prefix) || !SEQUENCE.test(sequenceText)) return null;
  if (yearText !== null && !YEAR.test(yearText)) return null;
  const sequence = Number(sequenceText);
  const year = yearText === null ? null : Number(yearText);
  if (!Number.isSafeInteger(sequence) || sequence < 1 || (year !== null && year < 1000)) {
    return null;
  }
  const canonical = formatInvoiceNumber(prefix, sequence, year ?? undefined);
  return canonical === text ? { prefix, year, sequence } : null;
}
