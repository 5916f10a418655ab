import type { Payment } from "../../../contracts/billing";
import { transitionInvoice } from "../../../domain/billing/invoice-status";
import { isRepeatedDecision } from "../../../domain/billing/invoice-void";
import { decidePayment, statusAfterPayments } from "../../../domain/billing/payments";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { lockParticipant } from "../../kernel/lock-participant";
import { appendEvent } from "../ledger/append-event";
import { BILLING_ACCESS } from "./billing.policy";
import { presentPayment } from "./invoice.presenter";
import { invoiceMoney } from "./invoice-money";
import { updateInvoiceIn } from "./invoices.repository";
import { answerPaymentRow, findPayment } from "./payments.repository";
import { findVisibleInvoice } from "./read-invoices";
import { cancelPendingReminders, releaseHeldReminders } from "./reminders.repository";

/**
 * The side that did not record a payment confirms it (then it counts: the invoice becomes
 * partly paid or paid, and reminders stop once nothing is owed) or rejects it (its amount is
 * open to record again). Answering again with the same answer returns the payment as it
 * stands, so a retried request is harmless; the opposite answer is refused.
 */
export function answerPayment(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  invoiceId: string,
  paymentId: string,
  decision: "confirm" | "reject",
): Promise<Result<Payment>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(
      trx,
      deps,
      actor,
      engagementId,
      BILLING_ACCESS.answerPayment,
    );
    if (!locked.ok) return locked;
    const found = await findVisibleInvoice(trx, locked.value.side, engagementId, invoiceId);
    if (!found.ok) return found;
    const invoice = found.value;
    const payment = await findPayment(trx, invoiceId, paymentId);
    if (!payment) return fail("not_found");
    if (isRepeatedDecision(payment.status, decision))
      return ok(presentPayment(payment, { actor, engagement: locked.value.engagement }));
    const decided = decidePayment(
      { status: payment.status, recordedBy: payment.recorded_side },
      decision,
      locked.value.side,
    );
    if (!decided.ok) {
      return decided.reason === "payment_already_decided"
        ? fail("payment_already_decided", { status: payment.status })
        : fail("payment_same_side");
    }
    const status = decided.status === "confirmed" ? "confirmed" : "rejected";
    const at = deps.clock.now().toISOString();
    if (!(await answerPaymentRow(trx, paymentId, { status, decidedBy: actor.userId, at }))) {
      return fail("payment_already_decided", { status });
    }

    const money = await invoiceMoney(trx, invoice);
    let invoiceStatus = invoice.status;
    if (status === "confirmed") {
      const next = statusAfterPayments(
        money.payable.totalMinor,
        money.payable.payments,
        money.payable.creditNotes,
      );
      const action = next === "paid" ? "settle" : "record_partial_payment";
      if (next !== invoice.status && transitionInvoice(invoice.status, { action }).ok) {
        await updateInvoiceIn(trx, invoiceId, ["issued", "partly_paid"], {
          status: next,
          updated_at: at,
        });
        invoiceStatus = next;
      }
      if (next === "paid") await cancelPendingReminders(trx, invoiceId, "paid");
    } else {
      await releaseHeldReminders(trx, invoiceId);
    }
    await appendEvent(trx, deps, {
      engagementId,
      type: status === "confirmed" ? "payment.confirmed" : "payment.rejected",
      actorUserId: actor.userId,
      actorOrgId: locked.value.orgId,
      payload: {
        paymentId,
        invoiceId,
        number: invoice.number,
        amountMinor: Number(payment.amount_minor),
        currency: payment.currency,
        invoiceStatus,
      },
    });
    const answered = await findPayment(trx, invoiceId, paymentId);
    if (!answered) throw new Error("payment vanished inside its own transaction");
    return ok(presentPayment(answered, { actor, engagement: locked.value.engagement }));
  });
}
