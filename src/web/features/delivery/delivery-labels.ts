import type {
  DeliverableStatus,
  SubmissionStatus,
  SubmitBlockedReason,
} from "../../shared/api/types";
import type { AppMessageKey } from "../../shared/i18n/messages";

export const DELIVERABLE_STATUS_LABELS: Record<DeliverableStatus, AppMessageKey> = {
  not_submitted: "delivery.status.not_submitted",
  in_review: "delivery.status.in_review",
  accepted: "delivery.status.accepted",
  deemed_accepted: "delivery.status.deemed_accepted",
  changes_requested: "delivery.status.changes_requested",
};

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, AppMessageKey> = {
  in_review: "delivery.status.in_review",
  accepted: "delivery.status.accepted",
  deemed_accepted: "delivery.status.deemed_accepted",
  changes_requested: "delivery.status.changes_requested",
};

/** Why the provider cannot hand in a round now, in words it can act on. */
export const SUBMIT_BLOCKED_LABELS: Record<SubmitBlockedReason, AppMessageKey> = {
  deliverable_in_review: "delivery.submit.blocked.deliverable_in_review",
  deliverable_already_accepted: "delivery.submit.blocked.deliverable_already_accepted",
  revision_limit_reached: "delivery.submit.blocked.revision_limit_reached",
};
