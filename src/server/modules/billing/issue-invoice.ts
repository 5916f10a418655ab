import type { z } from "zod";
import type { IssueInvoiceBody } from "../../../contracts/billing";
import { dueDateOf } from "../../../domain/billing/invoice";
import { checkIssue, earliestIssueDate } from "../../../domain/billing/invoice-issue";
import { formatInvoiceNumber } from "../../../domain/billing/invoice-number";
import { invoicePrefixOf } from "../../../domain/billing/invoice-prefix";
import { transitionInvoice } from "../../../domain/billing/invoice-status";
import { planReminders } from "../../../domain/billing/reminders";
import type { Actor } from "../../platform/actor";
import { todayOf } from "../../platform/clock";
import type { AppDeps } from "../../platform/deps";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { termsInForce } from "../../kernel/terms-in-force";
import { lockParticipant } from "../../kernel/lock-participant";
import { appendEvent } from "../ledger/append-event";
import { day } from "../../../domain/findings";
import { BILLING_ACCESS } from "./billing.policy";
import { dueBasisOf } from "./invoice-due-basis";
import {
  findInvoice,
  recordIssueDate,
  takeNextNumber,
  updateInvoiceIn,
} from "./invoices.repository";
import { readInvoice, type InvoiceView } from "./read-invoices";
import { reminderOffsetsOf } from "./reminder-schedule";
import { insertReminders } from "./reminders.repository";
import { refuseInvoiceMovedMeanwhile, refuseInvoiceStep } from "./refuse-invoice-step";

/**
 * The provider issues a draft: it takes the provider's next number in this transaction (so a
 * failure gives the number back and no two invoices share one), its issue date (today, or a
 * past day no earlier than what made the amount due nor the last invoice), the due date from
 * the payment terms of the agreement in force, whether statutory late interest applies, and
 * the reminders of the provider's schedule still ahead of today (a backdated invoice does not
 * send reminders as if they had been missed). From here on the invoice never changes.
 */
export function issueInvoice(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  invoiceId: string,
  body: z.infer<typeof IssueInvoiceBody>,
): Promise<Result<InvoiceView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, BILLING_ACCESS.invoice);
    if (!locked.ok) return locked;
    const invoice = await findInvoice(trx, engagementId, invoiceId);
    if (!invoice) return fail("not_found");
    if (!transitionInvoice(invoice.status, { action: "issue" }).ok) {
      return refuseInvoiceStep(invoice.status, "issue");
    }
    const agreed = await termsInForce(trx, engagementId);
    if (!agreed) return fail("no_agreement_in_force");

    const today = todayOf(deps.clock);
    const issueDate = body.issueDate ?? today;
    const taken = await takeNextNumber(trx, {
      providerOrgId: invoice.provider_org_id,
      kind: "invoice",
      prefix: invoicePrefixOf(invoice.provider_name),
    });
    const dueBasis = await dueBasisOf(trx, invoice);
    const allowed = checkIssue({
      issueDate,
      today,
      lastIssueDate: taken.previousIssueDate,
      dueBasis,
      totalMinor: Number(invoice.total_minor),
    });
    if (!allowed.ok) {
      switch (allowed.reason) {
        case "issue_date_before_last_issued":
          return failAtField(allowed.reason, "issueDate", {
            lastIssueDate: day(taken.previousIssueDate ?? ""),
          });
        case "issue_date_before_due_basis": {
          const values = {
            earliest: day(
              earliestIssueDate({ lastIssueDate: taken.previousIssueDate, dueBasis }) ?? today,
            ),
            basis: dueBasis?.kind ?? "manual",
          };
          return failAtField(allowed.reason, "issueDate", values);
        }
        case "issue_date_in_future":
          return failAtField(allowed.reason, "issueDate");
        case "invoice_total_zero":
          return fail(allowed.reason);
      }
    }
    const number = formatInvoiceNumber(taken.prefix, taken.sequence);
    const dueDate = dueDateOf(issueDate, agreed.terms.paymentTermsDays);
    // Interest on a late-interest claim would be interest on interest: never asked here.
    const isLateInterestAgreed =
      agreed.terms.statutoryLateInterest && invoice.source_kind !== "late_interest";
    const now = deps.clock.now().toISOString();
    const isIssued = await updateInvoiceIn(trx, invoiceId, ["draft"], {
      status: "issued",
      number,
      sequence: taken.sequence,
      issue_date: issueDate,
      due_date: dueDate,
      agreement_version: agreed.version,
      payment_terms_days: agreed.terms.paymentTermsDays,
      is_late_interest_agreed: isLateInterestAgreed ? 1 : 0,
      issued_by: actor.userId,
      issued_at: now,
      updated_at: now,
    });
    if (!isIssued) return refuseInvoiceMovedMeanwhile(trx, engagementId, invoiceId, "issue");
    await recordIssueDate(trx, {
      providerOrgId: invoice.provider_org_id,
      kind: "invoice",
      issueDate,
    });
    const offsets = await reminderOffsetsOf(trx, invoice.provider_org_id);
    await insertReminders(
      trx,
      planReminders(issueDate, dueDate, offsets, today).map((r) => ({
        invoice_id: invoiceId,
        offset_days: r.offsetDays,
        due_on: r.dueOn,
        status: "pending",
        sent_at: null,
      })),
    );
    await appendEvent(trx, deps, {
      engagementId,
      type: "invoice.issued",
      actorUserId: actor.userId,
      actorOrgId: locked.value.orgId,
      payload: {
        invoiceId,
        number,
        sourceKind: invoice.source_kind,
        sourceRef: invoice.source_ref,
        currency: invoice.currency,
        totalMinor: Number(invoice.total_minor),
        issueDate,
        dueDate,
      },
    });
    return ok(
      await readInvoice(trx, { actor, engagement: locked.value.engagement }, invoiceId, today),
    );
  });
}
