import type { NotifiedEventType } from "../../shared/api/types";
import type { AppMessageKey } from "../../shared/i18n/messages";

/** Each ends the sentence "E-mail me when…" that heads the choices. */
export const EMAIL_PREFERENCE_LABELS: Record<NotifiedEventType, AppMessageKey> = {
  "deliverable.submitted": "settings.emails.type.deliverableSubmitted",
  "deliverable.review_due_soon": "settings.emails.type.reviewDueSoon",
  "deliverable.evaluated": "settings.emails.type.deliverableEvaluated",
  "deliverable.deemed_accepted": "settings.emails.type.deliverableDeemedAccepted",
  "milestone.accepted": "settings.emails.type.milestoneAccepted",
  "change_request.proposed": "settings.emails.type.changeProposed",
  "change_request.priced": "settings.emails.type.changePriced",
  "change_request.declined": "settings.emails.type.changeDeclined",
  "change_request.withdrawn": "settings.emails.type.changeWithdrawn",
  "change_request.approved": "settings.emails.type.changeApproved",
  "change_request.applied": "settings.emails.type.changeApplied",
  "message.posted": "settings.emails.type.messagePosted",
  "invoice.issued": "settings.emails.type.invoiceIssued",
  "invoice.voided": "settings.emails.type.invoiceVoided",
  "payment.recorded": "settings.emails.type.paymentRecorded",
  "payment.confirmed": "settings.emails.type.paymentConfirmed",
  "payment.rejected": "settings.emails.type.paymentRejected",
  "credit_note.issued": "settings.emails.type.creditNoteIssued",
  "goal.correction_proposed": "settings.emails.type.goalCorrectionProposed",
  "relationship_review.opened": "settings.emails.type.relationshipReviewOpened",
  "relationship_review.revealed": "settings.emails.type.relationshipReviewRevealed",
  "next_phase.offered": "settings.emails.type.nextPhaseOffered",
  "next_phase.answered": "settings.emails.type.nextPhaseAnswered",
  "recognition.given": "settings.emails.type.recognitionGiven",
};
