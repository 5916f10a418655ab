import type { AgreementVersion } from "../../shared/api/types";
import type { AppMessageKey } from "../../shared/i18n/messages";
import type { DisputeStep } from "./agreement-form-state";

export const DISPUTE_STEP_LABELS: Record<DisputeStep, AppMessageKey> = {
  negotiation: "agreement.dispute.negotiation",
  amends: "agreement.dispute.amends",
  mediation: "agreement.dispute.mediation",
  separation: "agreement.dispute.separation",
  arbitration: "agreement.dispute.arbitration",
  litigation: "agreement.dispute.litigation",
};

export const VERSION_STATUS_LABELS: Record<AgreementVersion["status"], AppMessageKey> = {
  draft: "agreement.status.draft",
  in_force: "agreement.status.in_force",
  superseded: "agreement.status.superseded",
};
