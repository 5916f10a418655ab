/**
 * Whether a payment may be recorded as paid on `paidOn`: on any day up to today. A payment
 * announced for a later day has not happened, so it is not something the other side can
 * confirm; it is recorded once made. Paying before the issue date (an advance) is allowed.
 */
export function isPaymentDateAcceptable(paidOn: string, today: string): boolean {
  return paidOn <= today;
}
