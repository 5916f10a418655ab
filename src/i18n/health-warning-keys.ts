import type { HealthWarning, NextStep, WarningCode } from "../domain/health/warnings";
import type { MessageKey } from "./messages/en";

/** The catalogue key of each warning's reason, worded from the warning's values. */
const WARNING_REASON_KEYS: Record<WarningCode, MessageKey> = {
  overdue_invoice: "health.warning.overdue_invoice",
  payment_terms: "health.warning.payment_terms",
  unpriced_changes: "health.warning.unpriced_changes",
  pay_cut_without_scope_cut: "health.warning.pay_cut_without_scope_cut",
  evaluation_pending: "health.warning.evaluation_pending",
  provider_late: "health.warning.provider_late",
  low_private_rating: "health.warning.low_private_rating",
  dispute_unanswered: "health.warning.dispute_unanswered",
};

/** The catalogue key of each next step a warning names. */
export const NEXT_STEP_KEYS: Record<NextStep, MessageKey> = {
  pay_invoice: "health.next.pay_invoice",
  agree_payment_terms: "health.next.agree_payment_terms",
  price_changes: "health.next.price_changes",
  restore_pay_or_cut_scope: "health.next.restore_pay_or_cut_scope",
  evaluate_submission: "health.next.evaluate_submission",
  catch_up_delivery: "health.next.catch_up_delivery",
  talk_it_through: "health.next.talk_it_through",
  answer_dispute: "health.next.answer_dispute",
  evaluate_in_time: "health.next.evaluate_in_time",
  take_part_in_mediation: "health.next.take_part_in_mediation",
};

/**
 * The key of a warning's reason, for the API and the web alike: a red pending evaluation is one
 * the review window already deemed accepted.
 */
export function warningReasonKey(warning: Pick<HealthWarning, "code" | "level">): MessageKey {
  return warning.code === "evaluation_pending" && warning.level === "red"
    ? "health.warning.evaluation_deemed"
    : WARNING_REASON_KEYS[warning.code];
}
