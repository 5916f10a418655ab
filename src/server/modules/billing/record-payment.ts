import canonicalize from "canonicalize";
import { createHash } from "node:crypto";
import type { z } from "zod";
import type { Payment, RecordPaymentBody } from "../../../contracts/billing";
import type { PaymentDateRefusal } from "../../../domain/billing/payment-date";
import { checkPayment } from "../../../domain/billing/payments";
import type { MessageKey } from "../../../i18n/messages/en";
import type { Actor } from "../../platform/actor";
import { todayOf } from "../../platform/clock";
import type { AppDeps } from "../../platform/deps";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { amountBelowOneMinor, paidOnOutOfBounds } from "./money-moved-refusals";
import { lockParticipant } from "../../kernel/lock-participant";
import { appendEvent } from "../ledger/append-event";
import { BILLING_ACCESS } from "./billing.policy";
import { presentPayment } from "./invoice.presenter";
import { invoiceMoney } from "./invoice-money";
import { findPayment, findPaymentByKey, insertPayment } from "./payments.repository";
import { findVisibleInvoice } from "./read-invoices";

type Body = z.infer<typeof RecordPaymentBody>;

const PAYMENT_DATE_MESSAGES = {
  paid_on_in_future: "billing.payment.paid_on_in_future",
  paid_on_before_engagement: "billing.payment.paid_on_before_engagement",
} as const satisfies Record<PaymentDateRefusal["reason"], MessageKey>;

/** What a retry must repeat exactly: the body's fields, in canonical JSON, hashed. */
export function paymentRequestHash(body: Body): string {
  return createHash("sha256")
    .update(canonicalize(body) ?? "")
    .digest("hex");
}

/**
 * Either side records a payment on an issued invoice: the client "we paid", the provider "we
 * received"; the other side then confirms or rejects it. Every request carries an idempotency
 * key: the same key with the same body answers the payment recorded the first time (so a
 * retried request never records it twice), the same key with another body is refused. The
 * amount must be in the invoice's currency and no more than is still open, counting payments
 * awaiting an answer, so nobody over-pays.
 */
export function recordPayment(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  invoiceId: string,
  input: { body: Body; idempotencyKey: string },
): Promise<Result<{ payment: Payment; isNew: boolean }>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(
      trx,
      deps,
      actor,
      engagementId,
      BILLING_ACCESS.recordPayment,
    );
    if (!locked.ok) return locked;
    const found = await findVisibleInvoice(trx, locked.value.side, engagementId, invoiceId);
    if (!found.ok) return found;
    const invoice = found.value;
    const { body, idempotencyKey } = input;
    const requestHash = paymentRequestHash(body);

    const earlier = await findPaymentByKey(trx, invoiceId, idempotencyKey);
    if (earlier) {
      if (earlier.request_hash !== requestHash) return fail("idempotency_key_reused");
      const payment = await findPayment(trx, invoiceId, earlier.id);
      if (!payment) throw new Error("payment vanished inside its own transaction");
      return ok({
        payment: presentPayment(payment, { actor, engagement: locked.value.engagement }),
        isNew: false,
      });
    }

    const money = await invoiceMoney(trx, invoice);
    const checked = checkPayment(body.amountMinor, body.currency, money.payable);
    if (!checked.ok) {
      switch (checked.reason) {
        case "invoice_not_payable":
          return fail("invoice_not_payable", { status: invoice.status });
        case "payment_currency_mismatch":
          return failAtField("payment_currency_mismatch", "currency", {
            expected: invoice.currency,
          });
        case "payment_exceeds_outstanding":
          return failAtField("payment_exceeds_outstanding", "amountMinor", {
            number: invoice.number ?? "",
            open: { minor: checked.openMinor ?? 0, currency: invoice.currency },
          });
        case "payment_amount_not_whole_minor":
        case "payment_amount_not_positive":
          return amountBelowOneMinor();
      }
    }
    const refusedDate = paidOnOutOfBounds(
      body.paidOn,
      { engagementCreatedAt: locked.value.engagement.created_at, today: todayOf(deps.clock) },
      PAYMENT_DATE_MESSAGES,
    );
    if (refusedDate) return refusedDate;

    const id = deps.ids.newId();
    await insertPayment(trx, {
      id,
      invoice_id: invoiceId,
      engagement_id: engagementId,
      amount_minor: body.amountMinor,
      currency: body.currency,
      paid_on: body.paidOn,
      reference: body.reference,
      status: "recorded",
      recorded_side: locked.value.side,
      recorded_by: actor.userId,
      recorded_at: deps.clock.now().toISOString(),
      decided_by: null,
      decided_at: null,
      idempotency_key: idempotencyKey,
      request_hash: requestHash,
    });
    await appendEvent(trx, deps, {
      engagementId,
      type: "payment.recorded",
      actorUserId: actor.userId,
      actorOrgId: locked.value.orgId,
      payload: {
        paymentId: id,
        invoiceId,
        number: invoice.number,
        amountMinor: body.amountMinor,
        currency: body.currency,
        paidOn: body.paidOn,
        side: locked.value.side,
      },
    });
    const payment = await findPayment(trx, invoiceId, id);
    if (!payment) throw new Error("payment vanished inside its own transaction");
    return ok({
      payment: presentPayment(payment, { actor, engagement: locked.value.engagement }),
      isNew: true,
    });
  });
}
