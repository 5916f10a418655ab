import type { Kysely } from "kysely";
import { draftOfSameLines, type InvoiceLine } from "../../../domain/billing/invoice";
import type { Database } from "../../db/schema";
import { listLines, listManualDrafts } from "./invoices.repository";

/**
 * The engagement's manual draft that a new manual invoice of `lines` repeats
 * (`draftOfSameLines`), read inside the caller's transaction, which holds the engagement's lock.
 */
export async function repeatedManualDraft(
  trx: Kysely<Database>,
  engagementId: string,
  lines: readonly InvoiceLine[],
) {
  const drafts = await listManualDrafts(trx, engagementId);
  const draftLines = await listLines(
    trx,
    drafts.map((draft) => draft.id),
  );
  return draftOfSameLines(
    drafts.map((draft) => ({
      ...draft,
      lines: draftLines
        .filter((line) => line.invoice_id === draft.id)
        .map((line) => ({
          description: line.description,
          quantityMilli: Number(line.quantity_milli),
          unitPriceMinor: Number(line.unit_price_minor),
          taxRateBasisPoints: line.tax_rate_basis_points,
        })),
    })),
    lines,
  );
}
