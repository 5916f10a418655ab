import type { z } from "zod";
import type { RecordRefundBody, Refund } from "../../../contracts/billing";
import type { PaymentDateRefusal } from "../../../domain/billing/payment-date";
import { checkRefund, repeatedRefund } from "../../../domain/billing/refunds";
import { day, money } from "../../../domain/findings";
import type { MessageKey } from "../../../i18n/messages/en";
import { lockParticipant } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";
import { todayOf } from "../../platform/clock";
import type { AppDeps } from "../../platform/deps";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { amountBelowOneMinor, paidOnOutOfBounds } from "../billing/money-moved-refusals";
import { BILLING_ACCESS } from "../billing/billing.policy";
import { findRefund, insertRefund, listRefunds } from "../billing/refunds.repository";
import { appendEvent } from "../ledger/append-event";
import { presentRefund } from "./refund.presenter";
import { refundMoneyOf } from "./refund-money";

type Body = z.infer<typeof RecordRefundBody>;

const REFUND_DATE_MESSAGES = {
  paid_on_in_future: "billing.refund.paid_on_in_future",
  paid_on_before_engagement: "billing.refund.paid_on_before_engagement",
} as const satisfies Record<PaymentDateRefusal["reason"], MessageKey>;

/**
 * The provider records money it paid back to the client; the client then confirms or rejects
 * it. The amount is in the engagement's currency and no more than is open to refund (what the
 * client paid less refunds confirmed or awaiting an answer), the day from the engagement's
 * first to today, as for a payment. The same refund recorded again (same amount, day and
 * reference, not rejected) is refused, so a double click records one.
 */
export function recordRefund(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  body: Body,
): Promise<Result<Refund>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(
      trx,
      deps,
      actor,
      engagementId,
      BILLING_ACCESS.recordRefund,
    );
    if (!locked.ok) return locked;
    const held = await refundMoneyOf(trx, engagementId);
    // Nothing can have been paid, so nothing paid back, before an agreement is in force: the
    // same refusal as an invoice's, not "at most 0.00".
    const currency = held.currency;
    if (!currency) return fail("no_agreement_in_force");
    const repeated = repeatedRefund(
      (await listRefunds(trx, engagementId)).map((r) => ({
        ...r,
        amountMinor: Number(r.amount_minor),
        paidOn: r.paid_on,
      })),
      body,
    );
    if (repeated) {
      return fail("refund_repeated", {
        amount: money(repeated.amountMinor, repeated.currency),
        paidOn: day(repeated.paidOn),
      });
    }
    const checked = checkRefund(body.amountMinor, body.currency, {
      currency,
      openMinor: held.openToRefundMinor,
    });
    if (!checked.ok) {
      switch (checked.reason) {
        case "refund_currency_mismatch":
          return failAtField("refund_currency_mismatch", "currency", { expected: currency });
        case "refund_exceeds_refundable": {
          const values = { open: money(held.openToRefundMinor, currency) };
          return failAtField("refund_exceeds_refundable", "amountMinor", values);
        }
        case "refund_amount_not_whole_minor":
        case "refund_amount_not_positive":
          return amountBelowOneMinor();
      }
    }
    const refusedDate = paidOnOutOfBounds(
      body.paidOn,
      { engagementCreatedAt: locked.value.engagement.created_at, today: todayOf(deps.clock) },
      REFUND_DATE_MESSAGES,
    );
    if (refusedDate) return refusedDate;

    const id = deps.ids.newId();
    await insertRefund(trx, {
      id,
      engagement_id: engagementId,
      amount_minor: body.amountMinor,
      currency: body.currency,
      paid_on: body.paidOn,
      reference: body.reference,
      status: "recorded",
      recorded_by: actor.userId,
      recorded_at: deps.clock.now().toISOString(),
      decided_by: null,
      decided_at: null,
    });
    await appendEvent(trx, deps, {
      engagementId,
      type: "refund.recorded",
      actorUserId: actor.userId,
      actorOrgId: locked.value.orgId,
      payload: {
        refundId: id,
        amountMinor: body.amountMinor,
        currency: body.currency,
        paidOn: body.paidOn,
      },
    });
    const refund = await findRefund(trx, engagementId, id);
    if (!refund) throw new Error("refund vanished inside its own transaction");
    return ok(presentRefund(refund, { actor, engagement: locked.value.engagement }));
  });
}
