import type { z } from "zod";
import type {
  AnswerOfferBody,
  ProposeCorrectionBody,
  RecordValueBody,
} from "../../../contracts/growth";
import type { FormWords } from "../../shared/forms/issue-message";
import type { TypedText } from "../../shared/forms/typed-text";

/** What the form recording a goal's value holds: the value as typed. */
export interface RecordValueValues {
  value: string;
  measuredOn: string;
  source: string;
}

export const RECORD_VALUE_WORDS: FormWords = {
  value: { required: "form.growth.valueMissing" },
  measuredOn: { required: "form.growth.measuredOnMissing" },
  source: { required: "form.growth.sourceMissing" },
};

export function readRecordValue(
  values: RecordValueValues,
  text: TypedText,
): z.input<typeof RecordValueBody> {
  return { ...values, value: text.number("value", values.value) };
}

/** What the form proposing a correction holds: the value as typed. */
export interface CorrectionValues {
  value: string;
  reason: string;
}

export const CORRECTION_WORDS: FormWords = {
  value: { required: "form.growth.valueMissing" },
  reason: { required: "form.growth.correctionReasonMissing" },
};

export function readCorrection(
  values: CorrectionValues,
  text: TypedText,
): z.input<typeof ProposeCorrectionBody> {
  return { value: text.number("value", values.value), reason: values.reason };
}

/** A decline or a request for change says why (the contract's rule); accepting need not. */
export const ANSWER_OFFER_WORDS: FormWords = {
  note: { required: "form.growth.answerNoteMissing" },
};

/** The answer as its form holds it: the outcome is the button pressed. */
export interface AnswerOfferValues {
  outcome: z.input<typeof AnswerOfferBody>["outcome"];
  note: string;
}
