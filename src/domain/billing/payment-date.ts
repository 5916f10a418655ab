/** Why a payment's date is refused, with the limit it crossed (`YYYY-MM-DD`). */
export type PaymentDateRefusal =
  | { reason: "paid_on_before_engagement"; limit: string }
  | { reason: "paid_on_in_future"; limit: string };

/**
 * Whether a payment may be recorded as paid on `paidOn`: from the day the engagement began up
 * to today. A payment announced for a later day has not happened, so it is not something the
 * other side can confirm; it is recorded once made. Before the engagement began nothing of it
 * was owed, so such a date is a typing slip (1900-01-01), not a payment of its invoices; paying
 * before an invoice's issue date (an advance) is allowed. Null when the date is acceptable.
 */
export function checkPaymentDate(
  paidOn: string,
  bounds: { engagementBeganOn: string; today: string },
): PaymentDateRefusal | null {
  if (paidOn > bounds.today) return { reason: "paid_on_in_future", limit: bounds.today };
  if (paidOn < bounds.engagementBeganOn) {
    return { reason: "paid_on_before_engagement", limit: bounds.engagementBeganOn };
  }
  return null;
}
