import type { Transaction } from "kysely";
import type { z } from "zod";
import type { Database } from "../../db/schema";
import type { CreditNoteBody } from "../../../contracts/billing";
import { formatInvoiceNumber, parseInvoiceNumber } from "../../../domain/billing/invoice-number";
import { creditNotePrefixOf, DEFAULT_INVOICE_PREFIX } from "../../../domain/billing/invoice-prefix";
import { transitionInvoice } from "../../../domain/billing/invoice-status";
import {
  checkCreditNote,
  repeatedCreditNote,
  statusAfterPayments,
} from "../../../domain/billing/payments";
import { stillRefundableMinor } from "../../../domain/billing/refunds";
import { DEFAULT_LOCALE } from "../../../i18n/locales";
import type { Actor } from "../../platform/actor";
import { todayOf } from "../../platform/clock";
import type { AppDeps } from "../../platform/deps";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { wordOne, type Wording } from "../../platform/wording";
import { lockParticipant } from "../../kernel/lock-participant";
import { appendEvent } from "../ledger/append-event";
import { BILLING_ACCESS } from "./billing.policy";
import { presentCreditNote, type CreditNoteView } from "./invoice.presenter";
import { invoiceMoney } from "./invoice-money";
import {
  findInvoice,
  recordIssueDate,
  takeNextNumber,
  updateInvoiceIn,
} from "./invoices.repository";
import { moneyBackOf } from "./money-back";
import { insertCreditNote, listCreditNotes } from "./payments.repository";
import { cancelPendingReminders } from "./reminders.repository";

/**
 * The provider lowers what an issued invoice asks for with a numbered credit note (its own
 * gap-free sequence), up to what it charged less earlier credit notes (`creditableMinor`: what
 * of it was already paid is then owed back, by a refund). The invoice stays exactly as issued;
 * the credit note, its reason and the ledger event keep the trail. Disputes use it for amends.
 * The same amount for the same reason again is refused (`repeatedCreditNote`): a double click
 * or a retry. Amends carry their own reasons and are not held to it.
 */
export function issueCreditNote(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  invoiceId: string,
  body: z.infer<typeof CreditNoteBody>,
): Promise<Result<CreditNoteView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, BILLING_ACCESS.invoice);
    if (!locked.ok) return locked;
    // Another engagement's invoice is not found, before its credit notes can say anything.
    if (!(await findInvoice(trx, engagementId, invoiceId))) return fail("not_found");
    const issued = await listCreditNotes(trx, [invoiceId]);
    const repeated = repeatedCreditNote(
      issued.map((note) => ({ ...note, amountMinor: Number(note.amount_minor) })),
      body,
    );
    if (repeated) {
      return fail("credit_note_repeated", {
        number: repeated.number,
        amount: { minor: repeated.amountMinor, currency: repeated.currency },
      });
    }
    return issueCreditNoteIn(trx, deps, {
      engagementId,
      invoiceId,
      amountMinor: body.amountMinor,
      amountPath: "amountMinor",
      reason: body.reason,
      actorUserId: actor.userId,
      actorOrgId: locked.value.orgId,
    });
  });
}

/**
 * Issues a credit note inside the caller's transaction, with the engagement already locked:
 * the provider's own request above, or accepted amends that carry one.
 */
export async function issueCreditNoteIn(
  trx: Transaction<Database>,
  deps: AppDeps,
  input: {
    engagementId: string;
    invoiceId: string;
    amountMinor: number;
    /** Where the request typed the amount, so a refusal of it is shown there; none for amends. */
    amountPath?: string;
    /** As the provider typed it, or what Accord says when it writes one (amends). */
    reason: string | Wording;
    actorUserId: string;
    actorOrgId: string;
  },
): Promise<Result<CreditNoteView>> {
  const { engagementId, invoiceId } = input;
  // A reason Accord writes is kept as its key and values, said in each reader's language; its
  // English text stays beside it for the ledger and the accounting export.
  const reason =
    typeof input.reason === "string"
      ? { text: input.reason, key: null, values: null }
      : {
          text: wordOne(DEFAULT_LOCALE, input.reason),
          key: input.reason.key,
          values: JSON.stringify(input.reason.values),
        };
  const body = { amountMinor: input.amountMinor, reason: reason.text };
  const actor = { userId: input.actorUserId };
  const invoice = await findInvoice(trx, engagementId, invoiceId);
  if (!invoice) return fail("not_found");
  const money = await invoiceMoney(trx, invoice);
  // What of the money the client paid is not yet given back by a refund agreed as amends, an
  // earlier credit note or a refund: the part of this one beyond what is open must fit in it.
  const refundable = stillRefundableMinor(await moneyBackOf(trx, engagementId, invoice.currency));
  const checked = checkCreditNote(body.amountMinor, money.payable, refundable);
  if (!checked.ok) {
    switch (checked.reason) {
      case "invoice_not_creditable":
        return fail("invoice_not_creditable");
      case "credit_note_exceeds_outstanding":
      case "credit_note_exceeds_refundable": {
        const values = { open: { minor: checked.openMinor ?? 0, currency: invoice.currency } };
        return input.amountPath
          ? failAtField(checked.reason, input.amountPath, values)
          : fail(checked.reason, values);
      }
      case "credit_note_amount_not_whole_minor":
      case "credit_note_amount_not_positive":
        return fail("validation_failed", undefined, [
          { path: "amountMinor", key: "validation.too_small", values: { minimum: 1 } },
        ]);
    }
  }
  const today = todayOf(deps.clock);
  const invoicePrefix =
    (invoice.number && parseInvoiceNumber(invoice.number)?.prefix) || DEFAULT_INVOICE_PREFIX;
  const taken = await takeNextNumber(trx, {
    providerOrgId: invoice.provider_org_id,
    kind: "credit_note",
    prefix: creditNotePrefixOf(invoicePrefix),
  });
  const number = formatInvoiceNumber(taken.prefix, taken.sequence);
  const id = deps.ids.newId();
  const now = deps.clock.now().toISOString();
  await insertCreditNote(trx, {
    id,
    invoice_id: invoiceId,
    engagement_id: engagementId,
    provider_org_id: invoice.provider_org_id,
    number,
    sequence: taken.sequence,
    amount_minor: body.amountMinor,
    currency: invoice.currency,
    reason: body.reason,
    reason_key: reason.key,
    reason_values: reason.values,
    issued_on: today,
    issued_by: actor.userId,
    created_at: now,
  });
  await recordIssueDate(trx, {
    providerOrgId: invoice.provider_org_id,
    kind: "credit_note",
    issueDate: today,
  });

  const next = statusAfterPayments(money.payable.totalMinor, money.payable.payments, [
    ...money.payable.creditNotes,
    { amountMinor: body.amountMinor },
  ]);
  if (next === "paid" && transitionInvoice(invoice.status, { action: "settle" }).ok) {
    await updateInvoiceIn(trx, invoiceId, ["issued", "partly_paid"], {
      status: "paid",
      updated_at: now,
    });
    await cancelPendingReminders(trx, invoiceId, "credited");
  }
  await appendEvent(trx, deps, {
    engagementId,
    type: "credit_note.issued",
    actorUserId: actor.userId,
    actorOrgId: input.actorOrgId,
    payload: {
      creditNoteId: id,
      number,
      invoiceId,
      invoiceNumber: invoice.number,
      amountMinor: body.amountMinor,
      currency: invoice.currency,
      reason: body.reason,
      invoiceStatus: next === "paid" ? "paid" : invoice.status,
    },
  });
  const created = (await listCreditNotes(trx, [invoiceId])).find((c) => c.id === id);
  if (!created) throw new Error("credit note vanished inside its own transaction");
  return ok(presentCreditNote(created));
}
