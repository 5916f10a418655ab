import type { FormWords } from "../../shared/forms/issue-message";
import type { TypedText } from "../../shared/forms/typed-text";
import type { ExitFeedbackBody, GiveNoticeBody } from "./exit-types";

/**
 * What the exit tab offers before anyone gave notice: the notice form to a side that may give
 * it while an agreement is in force; to that side without one, the reason instead (notice runs
 * the agreement's notice period and hand-over, so the server refuses it: `no_agreement_in_force`);
 * to a reader who may not give notice, nothing.
 */
export function noticeOffer(input: {
  canAct: boolean;
  isAgreementInForce: boolean;
}): "form" | "no_agreement" | "nothing" {
  if (!input.canAct) return "nothing";
  return input.isAgreementInForce ? "form" : "no_agreement";
}

/** What the notice form holds: the cure period as typed, asked for a breach only. */
export interface GiveNoticeValues {
  reason: "notice" | "breach";
  curePeriodDays: string;
  note: string;
}

export const GIVE_NOTICE_WORDS: FormWords = {
  curePeriodDays: { invalid: "form.exit.cureDaysInvalid" },
};

/** The body: a breach's cure period when one is typed (else the agreement's), none for notice. */
export function readGiveNotice(values: GiveNoticeValues, text: TypedText): GiveNoticeBody {
  const isCureTyped = values.reason === "breach" && values.curePeriodDays.trim() !== "";
  return {
    reason: values.reason,
    curePeriodDays: isCureTyped ? text.number("curePeriodDays", values.curePeriodDays) : null,
    note: values.note,
  };
}

/** What the exit feedback form holds: the rating as typed. */
export interface ExitFeedbackValues {
  rating: string;
  wouldWorkAgain: boolean;
  comment: string;
}

export const EXIT_FEEDBACK_WORDS: FormWords = {
  rating: { required: "form.exit.ratingMissing", invalid: "form.exit.ratingInvalid" },
};

export function readExitFeedback(values: ExitFeedbackValues, text: TypedText): ExitFeedbackBody {
  return {
    rating: text.number("rating", values.rating),
    wouldWorkAgain: values.wouldWorkAgain,
    comment: values.comment,
  };
}
