/** The prefix when an organisation's name has no letter or digit Accord can write in one. */
export const DEFAULT_INVOICE_PREFIX = "INV";
const MAX_DERIVED_LENGTH = 8;
const MIN_WORD_LENGTH = 3;

/**
 * The prefix of a provider's invoice numbers, derived once from its name and then kept (a later
 * rename does not renumber anything): the first word folded to A–Z and 0–9, joined with the
 * next words while shorter than three characters, at most eight. "Kode Studio" → "KODE",
 * "Atelier Bleu" → "ATELIER", "A & B Conseil" → "ABCONSEI", "株式会社" → "INV".
 */
export function invoicePrefixOf(orgName: string): string {
  const words = orgName
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((word) => word !== "");
  let prefix = "";
  for (const word of words) {
    prefix += word;
    if (prefix.length >= MIN_WORD_LENGTH) break;
  }
  return prefix === "" ? DEFAULT_INVOICE_PREFIX : prefix.slice(0, MAX_DERIVED_LENGTH);
}

/** Credit notes run their own gap-free sequence, under the invoice prefix plus "CN". */
export function creditNotePrefixOf(invoicePrefix: string): string {
  return `${invoicePrefix}CN`;
}
