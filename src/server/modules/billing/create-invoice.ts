import type { z } from "zod";
import type { CreateInvoiceBody } from "../../../contracts/billing";
import { computeInvoiceTotals } from "../../../domain/billing/invoice";
import { checkInvoiceMaximum } from "../../../domain/billing/invoice-sanity";
import type { Locale } from "../../../i18n/locales";
import type { Actor } from "../../platform/actor";
import { todayOf } from "../../platform/clock";
import type { AppDeps } from "../../platform/deps";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import {
  firstInForceDay,
  retainerInForceSinceDay,
  termsInForce,
} from "../../kernel/terms-in-force";
import { lockParticipant } from "../../kernel/lock-participant";
import { refreshSummaryFacts } from "../../kernel/summary-facts";
import { BILLING_FACTS } from "./billing-facts";
import { BILLING_ACCESS } from "./billing.policy";
import { lineRows } from "./invoice-lines";
import { linesFromSource, lineFailure, SOURCE_FIELD } from "./invoice-sources";
import { findInvoiceOfSource, insertInvoice, replaceLines } from "./invoices.repository";
import { refuseRepeatedManualDraft } from "./repeated-manual-draft";
import { readInvoice, type InvoiceView } from "./read-invoices";

/**
 * The provider drafts an invoice: from an accepted milestone, an approved change request or a
 * retainer period at the agreement's amount, or by hand. Each milestone, change and period is
 * invoiced once (unless that invoice is voided); a manual invoice of the same lines once while
 * it is a draft (`draftOfSameLines`). A draft is the provider's working copy: the client sees
 * it, and the ledger records it, once it is issued.
 */
export function createInvoice(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  body: z.infer<typeof CreateInvoiceBody>,
  locale: Locale,
): Promise<Result<InvoiceView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, BILLING_ACCESS.invoice);
    if (!locked.ok) return locked;
    const { engagement } = locked.value;
    const agreed = await termsInForce(trx, engagementId);
    const inForceOn = await firstInForceDay(trx, engagementId);
    if (!agreed || !inForceOn || !engagement.client_org_id || !engagement.provider_org_id) {
      return fail("no_agreement_in_force");
    }
    const sourced = await linesFromSource(trx, {
      engagementId,
      terms: agreed.terms,
      source: body.source,
      lines: body.lines,
      taxRateBasisPoints: body.taxRateBasisPoints ?? 0,
      locale,
      // A retainer is owed from its coming into force (an amendment's day, when one made the
      // price a retainer), as the settlement counts it.
      inForceOn:
        body.source.kind === "retainer"
          ? ((await retainerInForceSinceDay(trx, engagementId)) ?? inForceOn)
          : inForceOn,
      today: todayOf(deps.clock),
    });
    if (!sourced.ok) return sourced;
    const { kind, ref, lines } = sourced.value;
    if (ref !== null) {
      const existing = await findInvoiceOfSource(trx, engagementId, kind, ref);
      // A manual source has no reference, so it never gets here; the test narrows the type
      // for SOURCE_FIELD, which names a field for the sourced kinds only.
      if (existing && body.source.kind !== "manual") {
        return failAtField("invoice_source_already_invoiced", SOURCE_FIELD[body.source.kind], {
          number: existing.number ?? "none",
        });
      }
    }
    if (kind === "manual") {
      const repeated = await refuseRepeatedManualDraft(trx, engagementId, lines);
      if (repeated) return repeated;
    }
    const currency = agreed.terms.remuneration.currency;
    const totals = computeInvoiceTotals(lines, currency);
    if (!totals.ok) return lineFailure(totals.findings);
    const tooLarge = checkInvoiceMaximum(totals.totals);
    if (tooLarge.length > 0) return lineFailure(tooLarge);

    const id = deps.ids.newId();
    const now = deps.clock.now().toISOString();
    await insertInvoice(trx, {
      id,
      engagement_id: engagementId,
      provider_org_id: engagement.provider_org_id,
      client_org_id: engagement.client_org_id,
      source_kind: kind,
      source_ref: ref,
      status: "draft",
      number: null,
      sequence: null,
      currency,
      subtotal_minor: totals.totals.subtotalMinor,
      tax_minor: totals.totals.taxMinor,
      total_minor: totals.totals.totalMinor,
      note: body.note,
      issue_date: null,
      due_date: null,
      agreement_version: null,
      payment_terms_days: null,
      is_late_interest_agreed: 0,
      claimed_interest_minor: null,
      claimed_compensation_minor: null,
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
    return ok(
      await readInvoice(
        trx,
        { actor, engagement: locked.value.engagement },
        id,
        todayOf(deps.clock),
        true,
      ),
    );
  });
}
