import { IssueInvoiceBody } from "../../../contracts/billing";
import type { FormWords } from "../../shared/forms/issue-message";
import type { TypedText } from "../../shared/forms/typed-text";

/**
 * The issue form always states its day (today unless changed), and holds it to the rule the
 * server applies (`checkIssue`): an invoice is never dated in the future.
 */
export function issueInvoiceForm(today: string) {
  return IssueInvoiceBody.required({ issueDate: true }).superRefine((body, ctx) => {
    if (body.issueDate > today)
      ctx.addIssue({
        code: "custom",
        path: ["issueDate"],
        input: body.issueDate,
        params: { key: "form.invoice.issueDateFuture" },
      });
  });
}

export const ISSUE_INVOICE_WORDS: FormWords = {
  issueDate: { required: "form.invoice.issueDateMissing" },
};

export const VOID_INVOICE_WORDS: FormWords = {
  reason: { required: "form.invoice.voidReasonMissing" },
};

/** What the early-payment check holds: the amount as typed. */
export interface EarlyPaymentValues {
  offeredMinor: string;
  payOn: string;
}

export const EARLY_PAYMENT_WORDS: FormWords = {
  offeredMinor: { required: "form.early.amountMissing" },
  payOn: { required: "form.early.dateMissing" },
};

/** The query checked, the amount read in the invoice's currency. */
export function readEarlyPayment(currency: string) {
  return (values: EarlyPaymentValues, text: TypedText) => ({
    offeredMinor: text.amount("offeredMinor", values.offeredMinor, currency),
    payOn: values.payOn,
  });
}
