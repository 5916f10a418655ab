/**
 * The query parameter that carries a refund amount (minor units) to the refund form: the exit's
 * final settlement links to it with what is owed back, tax included, so nobody retypes it.
 */
export const REFUND_AMOUNT_PARAM = "refund";

/** The amount a link carries, or null when it carries none that is a positive whole number. */
export function refundAmountOf(search: string): number | null {
  const text = new URLSearchParams(search).get(REFUND_AMOUNT_PARAM);
  if (text === null || !/^[1-9][0-9]{0,14}$/.test(text)) return null;
  return Number(text);
}
