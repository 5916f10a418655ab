import { checkPaymentDate, type PaymentDateRefusal } from "../../../domain/billing/payment-date";
import type { MessageKey } from "../../../i18n/messages/en";
import { dateOutOfBounds, fail, type Result } from "../../platform/result";

/**
 * What a payment and a refund both refuse the same way: money moves in whole minor units of at
 * least one, on a day from the engagement's first to today. Each names its own date messages,
 * since "paid" reads differently for money paid and money paid back.
 */
export function amountBelowOneMinor(): Result<never> {
  return fail("validation_failed", undefined, [
    { path: "amountMinor", key: "validation.too_small", values: { minimum: 1 } },
  ]);
}

export function paidOnOutOfBounds(
  paidOn: string,
  bounds: { engagementCreatedAt: string; today: string },
  messages: Record<PaymentDateRefusal["reason"], MessageKey>,
): Result<never> | null {
  const refused = checkPaymentDate(paidOn, {
    engagementBeganOn: bounds.engagementCreatedAt.slice(0, 10),
    today: bounds.today,
  });
  return refused
    ? dateOutOfBounds(
        "paidOn",
        messages[refused.reason],
        { as: "paidOn", date: paidOn },
        refused.limit,
      )
    : null;
}
