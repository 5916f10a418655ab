import type { HealthWarning, NextStep, WarningCode } from "../../../domain/health/warnings";
import type { MessageKey } from "../../../i18n/messages/en";
import { wording, type Wording } from "../../platform/wording";

const REASONS: Record<WarningCode, MessageKey> = {
  overdue_invoice: "health.warning.overdue_invoice",
  payment_terms: "health.warning.payment_terms",
  unpriced_changes: "health.warning.unpriced_changes",
  pay_cut_without_scope_cut: "health.warning.pay_cut_without_scope_cut",
  evaluation_pending: "health.warning.evaluation_pending",
  provider_late: "health.warning.provider_late",
  low_private_rating: "health.warning.low_private_rating",
  dispute_unanswered: "health.warning.dispute_unanswered",
};

const NEXT_STEPS: Record<NextStep, MessageKey> = {
  pay_invoice: "health.next.pay_invoice",
  agree_payment_terms: "health.next.agree_payment_terms",
  price_changes: "health.next.price_changes",
  restore_pay_or_cut_scope: "health.next.restore_pay_or_cut_scope",
  evaluate_submission: "health.next.evaluate_submission",
  catch_up_delivery: "health.next.catch_up_delivery",
  talk_it_through: "health.next.talk_it_through",
  answer_dispute: "health.next.answer_dispute",
};

export interface WordedWarning extends HealthWarning {
  reasonText: Wording;
  nextStepText: Wording;
}

/**
 * A warning with its reason and next step to be said in the reader's language at the edge
 * (as the web's health tab says them): a red pending evaluation is one the review window
 * already deemed accepted.
 */
export function withWords(warning: HealthWarning): WordedWarning {
  const isDeemed = warning.code === "evaluation_pending" && warning.level === "red";
  return {
    ...warning,
    reasonText: wording(
      isDeemed ? "health.warning.evaluation_deemed" : REASONS[warning.code],
      warning.values,
    ),
    nextStepText: wording(NEXT_STEPS[warning.nextStep]),
  };
}
