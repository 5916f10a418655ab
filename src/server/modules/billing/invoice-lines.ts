import type { Insertable } from "kysely";
import type { InvoiceLine } from "../../../domain/billing/invoice";
import type { InvoiceLinesTable } from "../../db/schema";

/** An invoice's lines as rows, numbered from 1, each with the net the totals computed for it. */
export function lineRows(
  invoiceId: string,
  lines: readonly InvoiceLine[],
  netsMinor: readonly number[],
): Insertable<InvoiceLinesTable>[] {
  return lines.map((line, index) => ({
    invoice_id: invoiceId,
    position: index + 1,
    description: line.description,
    quantity_milli: line.quantityMilli,
    unit_price_minor: line.unitPriceMinor,
    tax_rate_basis_points: line.taxRateBasisPoints,
    net_minor: netsMinor[index] ?? 0,
  }));
}
