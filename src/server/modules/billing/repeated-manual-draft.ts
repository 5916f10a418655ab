import type { Kysely } from "kysely";
import { draftOfSameLines, type InvoiceLine } from "../../../domain/billing/invoice";
import { day, money } from "../../../domain/findings";
import type { Database } from "../../db/schema";
import { failAtField, type Result } from "../../platform/result";
import { listLines, listManualDrafts } from "./invoices.repository";

/**
 * The engagement's manual draft that a manual invoice of `lines` repeats (`draftOfSameLines`),
 * other than `exceptInvoiceId` (a draft being edited is not a repeat of itself), read inside
 * the caller's transaction, which holds the engagement's lock.
 */
async function repeatedManualDraft(
  trx: Kysely<Database>,
  engagementId: string,
  lines: readonly InvoiceLine[],
  exceptInvoiceId?: string,
) {
  const drafts = (await listManualDrafts(trx, engagementId)).filter(
    (draft) => draft.id !== exceptInvoiceId,
  );
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

/**
 * `409 invoice_draft_repeated` naming the open draft that manual `lines` would repeat (its total
 * and the day it was drafted), or null: for a new manual invoice and for a draft's edit alike.
 */
export async function refuseRepeatedManualDraft(
  trx: Kysely<Database>,
  engagementId: string,
  lines: readonly InvoiceLine[],
  exceptInvoiceId?: string,
): Promise<Result<never> | null> {
  const repeated = await repeatedManualDraft(trx, engagementId, lines, exceptInvoiceId);
  return repeated
    ? failAtField("invoice_draft_repeated", "lines", {
        total: money(Number(repeated.total_minor), repeated.currency),
        draftedOn: day(repeated.created_at.slice(0, 10)),
      })
    : null;
}
