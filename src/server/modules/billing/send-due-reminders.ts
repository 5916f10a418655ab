import { sweepReminders } from "../../../domain/billing/reminders";
import { lockEngagement } from "../../db/locking";
import { todayOf } from "../../platform/clock";
import type { AppDeps } from "../../platform/deps";
import { appendEvent } from "../ledger/append-event";
import { invoiceMoney } from "./invoice-money";
import { findInvoice } from "./invoices.repository";
import { reminderMail } from "./reminder-mail";
import {
  cancelPendingReminders,
  holdReminder,
  listInvoicesWithDueReminders,
  listPayers,
  listReminders,
  settleReminder,
} from "./reminders.repository";

/**
 * The sweeper's part of billing: for each invoice with a reminder due, in its own transaction
 * after locking its engagement (the order every write takes), sends the latest reminder due to
 * the client's owners and members through the mail outbox and marks older ones due with it as
 * superseded (skipped).
 * Each reminder leaves `pending` by a conditional update, so when several Accord processes
 * sweep at once exactly one sends it. An invoice settled or voided meanwhile gets its pending
 * reminders cancelled instead; one whose client recorded payments covering what is owed has
 * the latest due held until the provider answers (`sweepReminders`), and a partly covered one
 * is reminded of the rest only. Returns how many reminders this call sent.
 */
export async function sendDueReminders(
  deps: AppDeps,
  options: { limit?: number } = {},
): Promise<number> {
  const today = todayOf(deps.clock);
  const due = await listInvoicesWithDueReminders(deps.db, today, options.limit ?? 100);
  let sent = 0;
  for (const candidate of due) {
    const isSent = await deps.db.transaction().execute(async (trx) => {
      await lockEngagement(trx, deps.dialect, candidate.engagement_id);
      const invoice = await findInvoice(trx, candidate.engagement_id, candidate.invoice_id);
      if (!invoice || invoice.number === null || invoice.due_date === null) return false;
      const money = await invoiceMoney(trx, invoice);
      const pending = (await listReminders(trx, [invoice.id]))
        .filter((r) => r.status === "pending")
        .map((r) => ({ offsetDays: Number(r.offset_days), dueOn: r.due_on }));
      const plan = sweepReminders(pending, today, money.payable);
      const isOpen = invoice.status === "issued" || invoice.status === "partly_paid";
      if (!isOpen || plan.kind === "settled") {
        await cancelPendingReminders(trx, invoice.id, invoice.status === "void" ? "void" : "paid");
        return false;
      }
      const at = deps.clock.now().toISOString();
      for (const skipped of plan.skip) {
        await settleReminder(trx, {
          invoiceId: invoice.id,
          offsetDays: skipped.offsetDays,
          status: "skipped",
          at,
        });
      }
      if (plan.kind === "hold") {
        if (plan.hold) await holdReminder(trx, invoice.id, plan.hold.offsetDays);
        return false;
      }
      if (!plan.send) return false;
      const isClaimed = await settleReminder(trx, {
        invoiceId: invoice.id,
        offsetDays: plan.send.offsetDays,
        status: "sent",
        at,
      });
      if (!isClaimed) return false;

      const engagement = await trx
        .selectFrom("engagements")
        .select("title")
        .where("id", "=", invoice.engagement_id)
        .executeTakeFirstOrThrow();
      const payers = await listPayers(trx, invoice.client_org_id);
      // Recorded first, so each reminder carries the ledger head that includes it.
      const recorded = await appendEvent(trx, deps, {
        engagementId: invoice.engagement_id,
        type: "invoice.reminder_sent",
        actorUserId: null,
        actorOrgId: null,
        payload: {
          invoiceId: invoice.id,
          number: invoice.number,
          offsetDays: plan.send.offsetDays,
          dueDate: invoice.due_date,
          outstandingMinor: plan.remindMinor,
          currency: invoice.currency,
          recipientCount: payers.length,
        },
      });
      const reminded = {
        engagementId: invoice.engagement_id,
        engagementTitle: engagement.title,
        invoiceId: invoice.id,
        number: invoice.number,
        providerName: invoice.provider_name,
        currency: invoice.currency,
        totalMinor: money.payable.totalMinor,
        outstandingMinor: plan.remindMinor,
        awaitingConfirmationMinor: plan.awaitingMinor,
        dueDate: invoice.due_date,
        isLateInterestAgreed: Number(invoice.is_late_interest_agreed) === 1,
        headHash: recorded.hash,
      };
      for (const payer of payers) {
        await deps.mailer.enqueue(trx, reminderMail(payer, reminded, today, deps.publicUrl));
      }
      return true;
    });
    if (isSent) sent++;
  }
  return sent;
}
