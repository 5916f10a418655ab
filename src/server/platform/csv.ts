/**
 * CSV as RFC 4180 writes it: CRLF line ends, a field quoted when it holds a comma, a quote or
 * a line break (quotes doubled inside), every row with the header's number of fields.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (fields: readonly string[]) => fields.map(quoteField).join(",");
  for (const row of rows) {
    if (row.length !== header.length) throw new Error("a CSV row has the wrong number of fields");
  }
  return [header, ...rows].map(line).join("\r\n") + "\r\n";
}

function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/**
 * Text people typed, made safe for spreadsheets: one starting with =, +, -, @ or a control
 * character would be run as a formula when the export is opened, so it gets a leading quote.
 * Only for free text; amounts and dates are written by Accord and never start that way.
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
