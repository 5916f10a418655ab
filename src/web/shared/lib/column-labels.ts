/** A header cell of a table's last header row: its text and how many columns it spans. */
export interface ColumnHeader {
  text: string;
  span: number;
}

/**
 * The column label each cell of a row carries when a phone shows the row as a card (the table's
 * header is hidden there): the text of the header above the column the cell starts in. A cell
 * spanning several columns, or under an empty header (an actions column), gets none.
 */
export function columnLabelsOf(
  headers: readonly ColumnHeader[],
  cellSpans: readonly number[],
): (string | null)[] {
  const byColumn: string[] = [];
  for (const header of headers) {
    for (let i = 0; i < Math.max(1, header.span); i += 1) byColumn.push(header.text.trim());
  }
  let column = 0;
  return cellSpans.map((span) => {
    const label = span > 1 ? "" : (byColumn[column] ?? "");
    column += Math.max(1, span);
    return label === "" ? null : label;
  });
}
