import type {
  Engagement,
  EngagementStatus,
  LedgerEvent,
  LedgerVerification,
} from "../../shared/api/types";
import type { EngagementSort } from "../../../contracts/engagements";
import type { EngagementEventType } from "../../../domain/ledger/event-catalogue";
import type { AppMessageKey } from "../../shared/i18n/messages";

export const ENGAGEMENT_SORT_LABELS: Record<EngagementSort, AppMessageKey> = {
  newest: "engagements.sort.newest",
  title: "engagements.sort.title",
  deadline: "engagements.sort.deadline",
};

export const ENGAGEMENT_STATUS_LABELS: Record<EngagementStatus, AppMessageKey> = {
  pending: "engagement.status.pending",
  active: "engagement.status.active",
  declined: "engagement.status.declined",
  withdrawn: "engagement.status.withdrawn",
};

/** The name of every ledger event type; a new type in the catalogue must be named here. */
export const EVENT_LABELS: Record<EngagementEventType, AppMessageKey> = {
  "engagement.proposed": "engagement.event.proposed",
  "engagement.accepted": "engagement.event.accepted",
  "engagement.declined": "engagement.event.declined",
  "engagement.withdrawn": "engagement.event.withdrawn",
  "engagement.started_from_proposal": "engagement.event.startedFromProposal",
  "agreement.draft_edited": "engagement.event.agreementDraftEdited",
  "agreement.signed": "engagement.event.agreementSigned",
  "agreement.in_force": "engagement.event.agreementInForce",
  "agreement.amendment_opened": "engagement.event.amendmentOpened",
  "deliverable.submitted": "engagement.event.deliverableSubmitted",
  "deliverable.review_due_soon": "engagement.event.reviewDueSoon",
  "deliverable.evaluated": "engagement.event.deliverableEvaluated",
  "deliverable.deemed_accepted": "engagement.event.deliverableDeemedAccepted",
  "milestone.accepted": "engagement.event.milestoneAccepted",
  "change_request.proposed": "engagement.event.changeProposed",
  "change_request.priced": "engagement.event.changePriced",
  "change_request.declined": "engagement.event.changeDeclined",
  "change_request.withdrawn": "engagement.event.changeWithdrawn",
  "change_request.approved": "engagement.event.changeApproved",
  "change_request.applied": "engagement.event.changeApplied",
  "message.posted": "engagement.event.messagePosted",
  "invoice.issued": "engagement.event.invoiceIssued",
  "invoice.voided": "engagement.event.invoiceVoided",
  "invoice.reminder_sent": "engagement.event.invoiceReminderSent",
  "payment.recorded": "engagement.event.paymentRecorded",
  "payment.confirmed": "engagement.event.paymentConfirmed",
  "payment.rejected": "engagement.event.paymentRejected",
  "credit_note.issued": "engagement.event.creditNoteIssued",
  "refund.recorded": "engagement.event.refundRecorded",
  "refund.confirmed": "engagement.event.refundConfirmed",
  "refund.rejected": "engagement.event.refundRejected",
  "check_in.opened": "engagement.event.checkInOpened",
  "check_in.answered": "engagement.event.checkInAnswered",
  "check_in.reminded": "engagement.event.checkInReminded",
  "check_in.closed": "engagement.event.checkInClosed",
  "health.warning_raised": "engagement.event.healthWarningRaised",
  "health.warning_cleared": "engagement.event.healthWarningCleared",
  "review.submitted": "engagement.event.reviewSubmitted",
  "review.published": "engagement.event.reviewsPublished",
  "review.replied": "engagement.event.reviewReplied",
  "review.hidden": "engagement.event.reviewHidden",
  "screening.legal_threat_recorded": "engagement.event.legalThreatRecorded",
  "moderation.case_opened": "engagement.event.moderationCaseOpened",
  "moderation.response_filed": "engagement.event.moderationResponseFiled",
  "moderation.case_decided": "engagement.event.moderationCaseDecided",
  "moderation.case_appealed": "engagement.event.moderationCaseAppealed",
  "moderation.appeal_decided": "engagement.event.moderationAppealDecided",
  "engagement.exit_flagged": "engagement.event.exitFlagged",
  "dispute.opened": "engagement.event.disputeOpened",
  "dispute.responded": "engagement.event.disputeResponded",
  "dispute.offer_made": "engagement.event.disputeOfferMade",
  "dispute.offer_declined": "engagement.event.disputeOfferDeclined",
  "dispute.settled": "engagement.event.disputeSettled",
  "dispute.escalated": "engagement.event.disputeEscalated",
  "dispute.recommended": "engagement.event.disputeRecommended",
  "dispute.recommendation_accepted": "engagement.event.disputeRecommendationAccepted",
  "exit.notice_given": "engagement.event.exitNoticeGiven",
  "exit.protected_started": "engagement.event.exitProtectedStarted",
  "exit.hand_over_item_done": "engagement.event.handOverItemDone",
  "exit.feedback_given": "engagement.event.exitFeedbackGiven",
  "exit.ended_amicably": "engagement.event.exitEndedAmicably",
  "goal.set": "engagement.event.goalSet",
  "goal.value_recorded": "engagement.event.goalValueRecorded",
  "goal.correction_proposed": "engagement.event.goalCorrectionProposed",
  "goal.correction_answered": "engagement.event.goalCorrectionAnswered",
  "relationship_review.opened": "engagement.event.relationshipReviewOpened",
  "relationship_review.answered": "engagement.event.relationshipReviewAnswered",
  "relationship_review.revealed": "engagement.event.relationshipReviewRevealed",
  "next_phase.offered": "engagement.event.nextPhaseOffered",
  "next_phase.answered": "engagement.event.nextPhaseAnswered",
  "recognition.given": "engagement.event.recognitionGiven",
  "recognition.answered": "engagement.event.recognitionAnswered",
  "recognition.requested": "engagement.event.recognitionRequested",
};

type BrokenReason = NonNullable<LedgerVerification["firstBroken"]>["reason"];

export const BROKEN_REASON_LABELS: Record<BrokenReason, AppMessageKey> = {
  sequence_gap: "engagement.verify.reason.sequence_gap",
  previous_hash_mismatch: "engagement.verify.reason.previous_hash_mismatch",
  hash_mismatch: "engagement.verify.reason.hash_mismatch",
};

/** The organisation on the other side from the viewer, once someone has accepted for it. */
export function counterpartOf(engagement: Pick<Engagement, "mySide" | "client" | "provider">) {
  return engagement.mySide === "client" ? engagement.provider : engagement.client;
}

/**
 * An event's name on the timeline: a protected exit that took over notice already running
 * (`replaces`) says so, so both sides read that the notice they knew no longer holds.
 */
export function eventLabel(event: LedgerEvent): AppMessageKey {
  if (event.type === "exit.protected_started" && event.payload.replaces) {
    return "engagement.event.exitProtectedTookOver";
  }
  return EVENT_LABELS[event.type];
}
