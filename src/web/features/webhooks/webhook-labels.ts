import type { WebhookEventType } from "../../../domain/ledger/event-catalogue";
import type { WebhookDeliveryStatus } from "../../shared/api/types";
import type { AppMessageKey } from "../../shared/i18n/messages";

export const EVENT_TYPE_LABELS: Record<WebhookEventType, AppMessageKey> = {
  "deliverable.submitted": "webhooks.eventType.deliverableSubmitted",
  "deliverable.review_due_soon": "webhooks.eventType.reviewDueSoon",
  "deliverable.evaluated": "webhooks.eventType.deliverableEvaluated",
  "deliverable.deemed_accepted": "webhooks.eventType.deliverableDeemedAccepted",
  "milestone.accepted": "webhooks.eventType.milestoneAccepted",
  "change_request.proposed": "webhooks.eventType.changeProposed",
  "change_request.priced": "webhooks.eventType.changePriced",
  "change_request.declined": "webhooks.eventType.changeDeclined",
  "change_request.withdrawn": "webhooks.eventType.changeWithdrawn",
  "change_request.approved": "webhooks.eventType.changeApproved",
  "change_request.applied": "webhooks.eventType.changeApplied",
  "message.posted": "webhooks.eventType.messagePosted",
  "invoice.issued": "webhooks.eventType.invoiceIssued",
  "invoice.voided": "webhooks.eventType.invoiceVoided",
  "payment.recorded": "webhooks.eventType.paymentRecorded",
  "payment.confirmed": "webhooks.eventType.paymentConfirmed",
  "payment.rejected": "webhooks.eventType.paymentRejected",
  "credit_note.issued": "webhooks.eventType.creditNoteIssued",
  "health.warning_raised": "webhooks.eventType.healthWarningRaised",
  "health.warning_cleared": "webhooks.eventType.healthWarningCleared",
  "dispute.opened": "webhooks.eventType.disputeOpened",
  "dispute.responded": "webhooks.eventType.disputeResponded",
  "dispute.offer_made": "webhooks.eventType.disputeOfferMade",
  "dispute.offer_declined": "webhooks.eventType.disputeOfferDeclined",
  "dispute.settled": "webhooks.eventType.disputeSettled",
  "dispute.escalated": "webhooks.eventType.disputeEscalated",
  "exit.notice_given": "webhooks.eventType.exitNoticeGiven",
  "exit.protected_started": "webhooks.eventType.exitProtectedStarted",
  "exit.hand_over_item_done": "webhooks.eventType.handOverItemDone",
  "exit.ended_amicably": "webhooks.eventType.exitEndedAmicably",
  "goal.correction_proposed": "webhooks.eventType.goalCorrectionProposed",
  "relationship_review.opened": "webhooks.eventType.relationshipReviewOpened",
  "relationship_review.revealed": "webhooks.eventType.relationshipReviewRevealed",
  "next_phase.offered": "webhooks.eventType.nextPhaseOffered",
  "next_phase.answered": "webhooks.eventType.nextPhaseAnswered",
  "recognition.given": "webhooks.eventType.recognitionGiven",
};

export const DELIVERY_STATUS_LABELS: Record<WebhookDeliveryStatus, AppMessageKey> = {
  pending: "webhooks.status.pending",
  sending: "webhooks.status.sending",
  succeeded: "webhooks.status.succeeded",
  failed: "webhooks.status.failed",
};
