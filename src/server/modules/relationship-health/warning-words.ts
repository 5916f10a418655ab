import type { HealthWarning } from "../../../domain/health/warnings";
import { NEXT_STEP_KEYS, warningReasonKey } from "../../../i18n/health-warning-keys";
import { wording, type Wording } from "../../platform/wording";

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
  return {
    ...warning,
    reasonText: wording(warningReasonKey(warning), warning.values),
    nextStepText: wording(NEXT_STEP_KEYS[warning.nextStep]),
  };
}
