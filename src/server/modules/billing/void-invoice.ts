import type { z } from "zod";
import type { VoidInvoiceBody } from "../../../contracts/billing";
import { checkVoid } from "../../../domain/billing/invoice-void";
import type { Actor } from "../../platform/actor";
import { todayOf } from "../../platform/clock";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { lockParticipant } from "../../kernel/lock-participant";
import { refreshSummaryFacts } from "../../kernel/summary-facts";
import { BILLING_FACTS } from "./billing-facts";
import { appendEvent } from "../ledger/append-event";
import { BILLING_ACCESS } from "./billing.policy";
import { invoiceMoney } from "./invoice-money";
import { findInvoice, updateInvoiceIn } from "./invoices.repository";
import { readInvoice, type InvoiceView } from "./read-invoices";
import { cancelPendingReminders } from "./reminders.repository";
import { refuseInvoiceMovedMeanwhile, refuseInvoiceStep } from "./refuse-invoice-step";

/**
 * The provider voids a draft or an issued invoice nobody has paid on, with a reason the client
 * reads. The number stays taken (a void invoice keeps its place in the sequence, so nothing
 * goes missing), reminders stop, and what it invoiced may be invoiced again.
 */
export function voidInvoice(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  invoiceId: string,
  body: z.infer<typeof VoidInvoiceBody>,
): Promise<Result<InvoiceView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, BILLING_ACCESS.invoice);
    if (!locked.ok) return locked;
    const invoice = await findInvoice(trx, engagementId, invoiceId);
    if (!invoice) return fail("not_found");
    const money = await invoiceMoney(trx, invoice);
    const allowed = checkVoid(
      {
        status: invoice.status,
        payments: money.payments,
        creditNoteCount: money.creditNotes.length,
      },
      body.reason,
    );
    if (!allowed.ok) {
      switch (allowed.reason) {
        case "invoice_void_reason_missing":
          return fail("validation_failed", undefined, [
            { path: "reason", key: "validation.required" },
          ]);
        case "invoice_wrong_state":
          return refuseInvoiceStep(invoice.status, "void");
        case "invoice_void_after_payment":
        case "invoice_void_after_credit_note":
        case "invoice_payment_awaiting_answer":
          return fail(allowed.reason);
      }
    }
    const now = deps.clock.now().toISOString();
    const isVoided = await updateInvoiceIn(trx, invoiceId, ["draft", "issued"], {
      status: "void",
      void_reason: allowed.reason,
      voided_by: actor.userId,
      voided_at: now,
      updated_at: now,
    });
    if (!isVoided) return refuseInvoiceMovedMeanwhile(trx, engagementId, invoiceId, "void");
    await cancelPendingReminders(trx, invoiceId, "void");
    // A draft never reached the client: only an issued invoice's voiding enters the record.
    if (invoice.number !== null) {
      await appendEvent(trx, deps, {
        engagementId,
        type: "invoice.voided",
        actorUserId: actor.userId,
        actorOrgId: locked.value.orgId,
        payload: { invoiceId, number: invoice.number, reason: allowed.reason },
      });
    } else {
      await refreshSummaryFacts(trx, engagementId, now, BILLING_FACTS);
    }
    return ok(
      await readInvoice(
        trx,
        { actor, engagement: locked.value.engagement },
        invoiceId,
        todayOf(deps.clock),
      ),
    );
  });
}
