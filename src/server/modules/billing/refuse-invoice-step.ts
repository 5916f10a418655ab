import type { Kysely } from "kysely";
import type { InvoiceStatus } from "../../../domain/billing/invoice-status";
import type { Database } from "../../db/schema";
import { fail, refuseAsItIsNow, type Result } from "../../platform/result";
import { findInvoice } from "./invoices.repository";

/** The steps an invoice's state can refuse, late interest claimed on it included. */
export type RefusableInvoiceStep = "edit" | "issue" | "void" | "claim_late_interest";

/**
 * `409 invoice_wrong_state`, naming what became of the invoice and the step it refuses
 * ("already issued, so it cannot be edited"), so the reader knows why, rather than only that
 * the state does not allow it.
 */
export function refuseInvoiceStep<T>(status: InvoiceStatus, step: RefusableInvoiceStep): Result<T> {
  return fail("invoice_wrong_state", { status, action: step });
}

/**
 * The same refusal when a conditional update found the invoice already moved by another
 * request at the same time: named from the state that request left, read again.
 */
export function refuseInvoiceMovedMeanwhile<T>(
  trx: Kysely<Database>,
  engagementId: string,
  invoiceId: string,
  step: RefusableInvoiceStep,
): Promise<Result<T>> {
  return refuseAsItIsNow(findInvoice(trx, engagementId, invoiceId), (moved) =>
    refuseInvoiceStep(moved.status, step),
  );
}
