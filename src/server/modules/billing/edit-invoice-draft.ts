import type { z } from "zod";
import type { UpdateInvoiceBody } from "../../../contracts/billing";
import { computeInvoiceTotals, checkInvoiceLines } from "../../../domain/billing/invoice";
import { transitionInvoice } from "../../../domain/billing/invoice-status";
import type { Actor } from "../../platform/actor";
import { todayOf } from "../../platform/clock";
import type { AppDeps } from "../../platform/deps";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { lockParticipant } from "../../kernel/lock-participant";
import { refreshSummaryFacts } from "../../kernel/summary-facts";
import { BILLING_FACTS } from "./billing-facts";
import { BILLING_ACCESS } from "./billing.policy";
import { domainLine } from "./invoice.presenter";
import { lineRows } from "./invoice-lines";
import { checkInvoiceMaximum } from "../../../domain/billing/invoice-sanity";
import { lineFailure } from "./invoice-sources";
import { findInvoice, listLines, replaceLines, updateInvoiceIn } from "./invoices.repository";
import { refuseRepeatedManualDraft } from "./repeated-manual-draft";
import { readInvoice, type InvoiceView } from "./read-invoices";
import { refuseInvoiceMovedMeanwhile, refuseInvoiceStep } from "./refuse-invoice-step";

/**
 * The provider edits a draft: its note, the tax rate (applied to every line), and, on a manual
 * invoice only, the lines themselves. An invoice taken from the agreement keeps the agreed
 * amount. Once issued, an invoice never changes: corrections are credit notes.
 */
export function editInvoiceDraft(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  invoiceId: string,
  body: z.infer<typeof UpdateInvoiceBody>,
): Promise<Result<InvoiceView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, BILLING_ACCESS.invoice);
    if (!locked.ok) return locked;
    const invoice = await findInvoice(trx, engagementId, invoiceId);
    if (!invoice) return fail("not_found");
    if (!transitionInvoice(invoice.status, { action: "edit" }).ok) {
      return refuseInvoiceStep(invoice.status, "edit");
    }
    if (body.lines !== undefined && invoice.source_kind !== "manual") {
      return failAtField("invoice_lines_fixed_by_source", "lines");
    }
    const current = (await listLines(trx, [invoiceId])).map(domainLine);
    const tax = body.taxRateBasisPoints;
    const lines = (body.lines ?? current).map((line) =>
      tax === undefined ? { ...line } : { ...line, taxRateBasisPoints: tax },
    );
    const findings = checkInvoiceLines(lines, invoice.currency);
    if (findings.length > 0) return lineFailure(findings);
    const totals = computeInvoiceTotals(lines, invoice.currency);
    if (!totals.ok) return lineFailure(totals.findings);
    const tooLarge = checkInvoiceMaximum(totals.totals);
    if (tooLarge.length > 0) return lineFailure(tooLarge);
    if (invoice.source_kind === "manual") {
      const repeated = await refuseRepeatedManualDraft(trx, engagementId, lines, invoiceId);
      if (repeated) return repeated;
    }

    const now = deps.clock.now().toISOString();
    const isEdited = await updateInvoiceIn(trx, invoiceId, ["draft"], {
      subtotal_minor: totals.totals.subtotalMinor,
      tax_minor: totals.totals.taxMinor,
      total_minor: totals.totals.totalMinor,
      note: body.note ?? invoice.note,
      updated_at: now,
    });
    if (!isEdited) return refuseInvoiceMovedMeanwhile(trx, engagementId, invoiceId, "edit");
    await replaceLines(trx, invoiceId, lineRows(invoiceId, lines, totals.totals.lineNetsMinor));
    // A draft's edit enters no ledger; the list's facts carry its total.
    await refreshSummaryFacts(trx, engagementId, now, BILLING_FACTS);
    return ok(
      await readInvoice(
        trx,
        { actor, engagement: locked.value.engagement },
        invoiceId,
        todayOf(deps.clock),
        true,
      ),
    );
  });
}
