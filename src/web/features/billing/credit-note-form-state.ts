import type { CreditNoteBody } from "../../shared/api/types";
import type { FormWords } from "../../shared/forms/issue-message";
import type { TypedText } from "../../shared/forms/typed-text";

/** What the credit-note form holds: the amount as typed. */
export interface CreditNoteValues {
  amountMinor: string;
  reason: string;
}

export const CREDIT_NOTE_WORDS: FormWords = {
  amountMinor: { required: "form.creditNote.amountMissing" },
  reason: { required: "form.creditNote.reasonMissing" },
};

/** The request body, the amount read in the invoice's currency. */
export function readCreditNote(currency: string) {
  return (values: CreditNoteValues, text: TypedText): CreditNoteBody => ({
    amountMinor: text.amount("amountMinor", values.amountMinor, currency),
    reason: values.reason,
  });
}
