import { computeInvoiceTotals, type InvoiceLine } from "../../../domain/billing/invoice";
import type { Locale } from "../../../i18n/locales";
import { translate } from "../../../i18n/translate";
import type { Actor } from "../../platform/actor";
import { todayOf } from "../../platform/clock";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { lockParticipant } from "../../kernel/lock-participant";
import { refreshSummaryFacts } from "../../kernel/summary-facts";
import { BILLING_FACTS } from "./billing-facts";
import { formatDay } from "../../../i18n/format";
import { BILLING_ACCESS } from "./billing.policy";
import { lineRows } from "./invoice-lines";
import { lineFailure } from "./invoice-sources";
import {
  findInvoice,
  findInvoiceOfSource,
  insertInvoice,
  replaceLines,
} from "./invoices.repository";
import { lateInterestOf } from "./late-interest-of";
import { readInvoice, type InvoiceView } from "./read-invoices";
import { refuseInvoiceStep } from "./refuse-invoice-step";

/**
 * The provider turns the late-interest computation of an issued invoice, as of today, into a
 * draft invoice: one line for the interest not yet claimed, one for the recovery compensation
 * if not yet claimed, both without tax. Issued like any invoice; never itself earning interest.
 */
export function invoiceLateInterest(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  invoiceId: string,
  locale: Locale,
): Promise<Result<InvoiceView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, BILLING_ACCESS.invoice);
    if (!locked.ok) return locked;
    const invoice = await findInvoice(trx, engagementId, invoiceId);
    if (!invoice) return fail("not_found");
    if (invoice.number === null || invoice.status === "void")
      return refuseInvoiceStep(invoice.status, "claim_late_interest");
    const today = todayOf(deps.clock);
    const computed = await lateInterestOf(trx, invoice, today);
    if (!computed.ok) return computed;
    const { claimable } = computed.value;
    if (claimable.totalMinor <= 0) return fail("late_interest_nothing_to_claim");
    const ref = `${invoiceId}@${today}`;
    const existing = await findInvoiceOfSource(trx, engagementId, "late_interest", ref);
    if (existing) {
      return fail("invoice_source_already_invoiced", { number: existing.number ?? "none" });
    }

    const lines: InvoiceLine[] = [];
    const line = (description: string, unitPriceMinor: number) =>
      lines.push({ description, quantityMilli: 1000, unitPriceMinor, taxRateBasisPoints: 0 });
    if (claimable.interestMinor > 0) {
      line(
        translate(locale, "invoice.line.lateInterest", {
          number: invoice.number,
          asOf: formatDay(locale, today),
        }),
        claimable.interestMinor,
      );
    }
    if (claimable.compensationMinor > 0) {
      line(
        translate(locale, "invoice.line.recoveryCompensation", { number: invoice.number }),
        claimable.compensationMinor,
      );
    }
    const totals = computeInvoiceTotals(lines, invoice.currency);
    if (!totals.ok) return lineFailure(totals.findings);
    const id = deps.ids.newId();
    const now = deps.clock.now().toISOString();
    await insertInvoice(trx, {
      id,
      engagement_id: engagementId,
      provider_org_id: invoice.provider_org_id,
      client_org_id: invoice.client_org_id,
      source_kind: "late_interest",
      source_ref: ref,
      status: "draft",
      number: null,
      sequence: null,
      currency: invoice.currency,
      subtotal_minor: totals.totals.subtotalMinor,
      tax_minor: totals.totals.taxMinor,
      total_minor: totals.totals.totalMinor,
      note: "",
      issue_date: null,
      due_date: null,
      agreement_version: null,
      payment_terms_days: null,
      is_late_interest_agreed: 0,
      claimed_interest_minor: claimable.interestMinor,
      claimed_compensation_minor: claimable.compensationMinor,
      void_reason: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      issued_by: null,
      issued_at: null,
      voided_by: null,
      voided_at: null,
    });
    await replaceLines(trx, id, lineRows(id, lines, totals.totals.lineNetsMinor));
    // A draft enters no ledger, but the list shows the provider's invoice to issue.
    await refreshSummaryFacts(trx, engagementId, now, BILLING_FACTS);
    return ok(await readInvoice(trx, { actor, engagement: locked.value.engagement }, id, today));
  });
}
