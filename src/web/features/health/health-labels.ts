import type { CheckInReason } from "../../../domain/health/facts";
import type { HealthInput } from "../../../domain/health/constants";
import type { WarningCode } from "../../../domain/health/warnings";
import type { AppMessageKey } from "../../shared/i18n/messages";

/** The name of every input of both scores; a new input in the model must be named here. */
export const INPUT_LABELS: Record<HealthInput, AppMessageKey> = {
  reliability: "health.input.reliability",
  quality: "health.input.quality",
  satisfaction: "health.input.satisfaction",
  responsiveness: "health.input.responsiveness",
  costAdherence: "health.input.costAdherence",
  payment: "health.input.payment",
  scopeStability: "health.input.scopeStability",
  feedbackLatency: "health.input.feedbackLatency",
  fairDealing: "health.input.fairDealing",
};

/** What each input measures, as the "how scores work" page and the explanations say it. */
export const INPUT_MEASURES: Record<HealthInput, AppMessageKey> = {
  reliability: "health.measure.reliability",
  quality: "health.measure.quality",
  satisfaction: "health.measure.satisfaction",
  responsiveness: "health.measure.responsiveness",
  costAdherence: "health.measure.costAdherence",
  payment: "health.measure.payment",
  scopeStability: "health.measure.scopeStability",
  feedbackLatency: "health.measure.feedbackLatency",
  fairDealing: "health.measure.fairDealing",
};

/** The name of each warning, as the table of thresholds lists it. */
export const WARNING_NAMES: Record<WarningCode, AppMessageKey> = {
  overdue_invoice: "health.warningName.overdue_invoice",
  payment_terms: "health.warningName.payment_terms",
  unpriced_changes: "health.warningName.unpriced_changes",
  pay_cut_without_scope_cut: "health.warningName.pay_cut_without_scope_cut",
  evaluation_pending: "health.warningName.evaluation_pending",
  provider_late: "health.warningName.provider_late",
  low_private_rating: "health.warningName.low_private_rating",
  dispute_unanswered: "health.warningName.dispute_unanswered",
};

export const CHECK_IN_REASON_LABELS: Record<CheckInReason, AppMessageKey> = {
  clear_communication: "checkIn.reason.clear_communication",
  on_time: "checkIn.reason.on_time",
  good_quality: "checkIn.reason.good_quality",
  fair_payment: "checkIn.reason.fair_payment",
  respectful: "checkIn.reason.respectful",
  stable_scope: "checkIn.reason.stable_scope",
  slow_replies: "checkIn.reason.slow_replies",
  late_delivery: "checkIn.reason.late_delivery",
  late_payment: "checkIn.reason.late_payment",
  scope_creep: "checkIn.reason.scope_creep",
  poor_quality: "checkIn.reason.poor_quality",
  unclear_requirements: "checkIn.reason.unclear_requirements",
};
