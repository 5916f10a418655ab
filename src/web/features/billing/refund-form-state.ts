import type { RecordRefundBody } from "../../shared/api/types";
import type { FormWords } from "../../shared/forms/issue-message";
import type { TypedText } from "../../shared/forms/typed-text";

/** What the refund form holds: the amount as typed. */
export interface RefundValues {
  amountMinor: string;
  paidOn: string;
  reference: string;
}

export const REFUND_WORDS: FormWords = {
  amountMinor: { required: "form.refund.amountMissing" },
  paidOn: { required: "form.refund.dateMissing" },
};

/** The request body, the amount read in the engagement's currency. */
export function readRefund(currency: string) {
  return (values: RefundValues, text: TypedText): RecordRefundBody => ({
    amountMinor: text.amount("amountMinor", values.amountMinor, currency),
    currency,
    paidOn: values.paidOn,
    reference: values.reference,
  });
}
