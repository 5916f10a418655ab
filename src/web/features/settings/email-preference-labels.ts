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
  "dispute.opened": "settings.emails.type.disputeOpened",
  "dispute.responded": "settings.emails.type.disputeResponded",
  "dispute.offer_made": "settings.emails.type.disputeOfferMade",
  "dispute.offer_declined": "settings.emails.type.disputeOfferDeclined",
  "dispute.settled": "settings.emails.type.disputeSettled",
  "dispute.escalated": "settings.emails.type.disputeEscalated",
  "exit.notice_given": "settings.emails.type.exitNoticeGiven",
  "exit.protected_started": "settings.emails.type.exitProtectedStarted",
  "exit.hand_over_item_done": "settings.emails.type.handOverItemDone",
  "exit.ended_amicably": "settings.emails.type.exitEndedAmicably",
};
