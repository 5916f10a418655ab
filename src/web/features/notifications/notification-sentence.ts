import type { NotifiedEvent } from "../../../domain/ledger/event-catalogue";
import type { AppMessageKey } from "../../shared/i18n/messages";
import { messagesPath } from "../messages/threads";
import { threadOfMessage } from "./message-notifications";

export interface NotificationSentence {
  id: AppMessageKey;
  values: Record<string, string | number>;
}

export interface SentenceContext {
  /** Who acted, when the notification does not say (the system, or a deleted account). */
  someone: string;
  /** An amount in minor units, formatted in the reader's locale. */
  formatMoney: (minor: number, currency: string) => string;
  /** A calendar day (YYYY-MM-DD) as the reader writes it. */
  formatDay: (isoDate: string) => string;
  /** A hand-over item's duty: the agreement's words as written, a standard item in words. */
  formatDuty: (duty: string) => string;
}

/**
 * The sentence telling the reader what happened, chosen by the notification's type and filled
 * from its payload, which the event catalogue types for each type.
 */
export function notificationSentence(
  event: NotifiedEvent & { actorName: string | null },
  context: SentenceContext,
): NotificationSentence {
  const actor = event.actorName ?? context.someone;
  const money = (minor: number, currency: string) => context.formatMoney(minor, currency);
  switch (event.type) {
    case "deliverable.submitted":
      return {
        id: "notifications.sentence.deliverableSubmitted",
        values: { actor, ...roundOf(event.payload) },
      };
    case "deliverable.evaluated":
      return {
        id: "notifications.sentence.deliverableEvaluated",
        values: { actor, ...roundOf(event.payload), outcome: event.payload.outcome },
      };
    case "deliverable.review_due_soon":
      return { id: "notifications.sentence.reviewDueSoon", values: roundOf(event.payload) };
    case "deliverable.deemed_accepted":
      return {
        id: "notifications.sentence.deliverableDeemedAccepted",
        values: roundOf(event.payload),
      };
    case "milestone.accepted":
      return {
        id: "notifications.sentence.milestoneAccepted",
        values: { milestone: event.payload.title },
      };
    case "change_request.proposed":
      return {
        id: "notifications.sentence.changeProposed",
        values: changeOf(actor, event.payload),
      };
    case "change_request.priced":
      return {
        id: "notifications.sentence.changePriced",
        values: {
          ...changeOf(actor, event.payload),
          hasPrice: "yes",
          price: money(event.payload.priceMinor, event.payload.currency),
        },
      };
    case "change_request.declined":
      return {
        id: "notifications.sentence.changeDeclined",
        values: changeOf(actor, event.payload),
      };
    case "change_request.withdrawn":
      return {
        id: "notifications.sentence.changeWithdrawn",
        values: changeOf(actor, event.payload),
      };
    case "change_request.approved":
      return {
        id: "notifications.sentence.changeApproved",
        values: {
          ...changeOf(actor, event.payload),
          hasPrice: "yes",
          price: money(event.payload.priceMinor, event.payload.currency),
        },
      };
    case "change_request.applied":
      return {
        id: "notifications.sentence.changeApplied",
        values: changeOf(actor, event.payload),
      };
    case "message.posted":
      return {
        id: "notifications.sentence.messagePosted",
        values: { actor, thread: event.payload.threadKind },
      };
    case "invoice.issued":
      return {
        id: "notifications.sentence.invoiceIssued",
        values: {
          actor,
          number: event.payload.number,
          amount: money(event.payload.totalMinor, event.payload.currency),
        },
      };
    case "invoice.voided":
      return {
        id: "notifications.sentence.invoiceVoided",
        values: { actor, number: event.payload.number ?? "", amount: "" },
      };
    case "payment.recorded":
      return { id: "notifications.sentence.paymentRecorded", values: paymentOf(event.payload) };
    case "payment.confirmed":
      return { id: "notifications.sentence.paymentConfirmed", values: paymentOf(event.payload) };
    case "payment.rejected":
      return { id: "notifications.sentence.paymentRejected", values: paymentOf(event.payload) };
    case "refund.recorded":
      return { id: "notifications.sentence.refundRecorded", values: refundOf(event.payload) };
    case "refund.confirmed":
      return { id: "notifications.sentence.refundConfirmed", values: refundOf(event.payload) };
    case "refund.rejected":
      return { id: "notifications.sentence.refundRejected", values: refundOf(event.payload) };
    case "credit_note.issued":
      return {
        id: "notifications.sentence.creditNoteIssued",
        values: {
          actor,
          number: event.payload.number,
          amount: money(event.payload.amountMinor, event.payload.currency),
          invoiceNumber: event.payload.invoiceNumber ?? "",
        },
      };
    case "dispute.opened":
    case "dispute.responded":
    case "dispute.offer_made":
    case "dispute.offer_declined":
    case "dispute.settled":
    case "dispute.escalated":
    case "dispute.recommended":
    case "dispute.recommendation_accepted":
      return {
        id: DISPUTE_SENTENCES[event.type],
        values: { actor, number: String(event.payload.number) },
      };
    case "exit.notice_given":
      return {
        id: "notifications.sentence.exitNoticeGiven",
        values: { actor, date: context.formatDay(event.payload.exitDate) },
      };
    case "exit.protected_started":
      return {
        id: "notifications.sentence.exitProtectedStarted",
        values: { date: context.formatDay(event.payload.exitDate) },
      };
    case "exit.ended_amicably":
      return { id: "notifications.sentence.exitEndedAmicably", values: {} };
    case "exit.hand_over_item_done":
      return {
        id: "notifications.sentence.handOverItemDone",
        values: { actor, duty: context.formatDuty(event.payload.duty) },
      };
    case "goal.correction_proposed":
      return {
        id: "notifications.sentence.goalCorrectionProposed",
        values: {
          actor,
          from: String(event.payload.fromValue),
          to: String(event.payload.toValue),
        },
      };
    case "goal.correction_answered":
      return {
        id: "notifications.sentence.goalCorrectionAnswered",
        values: { actor, outcome: event.payload.outcome },
      };
    // When the window closes; never anything either side answered.
    case "check_in.opened":
      return {
        id: "notifications.sentence.checkInOpened",
        values: { closes: Date.parse(event.payload.closesAt) },
      };
    case "check_in.reminded":
      return {
        id: "notifications.sentence.checkInReminded",
        values: { closes: Date.parse(event.payload.closesAt) },
      };
    case "relationship_review.opened":
      return { id: "notifications.sentence.relationshipReviewOpened", values: {} };
    case "relationship_review.revealed":
      return { id: "notifications.sentence.relationshipReviewRevealed", values: {} };
    case "next_phase.offered":
      return {
        id: "notifications.sentence.nextPhaseOffered",
        values: { actor, title: event.payload.title },
      };
    case "next_phase.answered":
      return {
        id: "notifications.sentence.nextPhaseAnswered",
        values: { actor, title: event.payload.title, outcome: event.payload.outcome },
      };
    case "recognition.given":
      return {
        id: "notifications.sentence.recognitionGiven",
        values: { actor, kind: event.payload.kind },
      };
    case "recognition.requested":
      return {
        id: "notifications.sentence.recognitionRequested",
        values: { actor, kind: event.payload.kind },
      };
    case "recognition.answered":
      return {
        id: "notifications.sentence.recognitionAnswered",
        values: { actor, kind: event.payload.kind, step: event.payload.step },
      };
    // Only the accused organisation hears of a case's notice; both parties of its decision.
    case "moderation.case_opened":
      return {
        id: "notifications.sentence.moderationCaseOpened",
        values: { due: Date.parse(event.payload.responseDueAt) },
      };
    case "moderation.case_decided":
      return {
        id: "notifications.sentence.moderationCaseDecided",
        values: {
          decision: event.payload.decision,
          days: event.payload.suspensionDays ?? 0,
        },
      };
    case "moderation.appeal_decided":
      return {
        id: "notifications.sentence.moderationAppealDecided",
        values: { outcome: event.payload.outcome },
      };
  }

  function paymentOf(payload: { number: string | null; amountMinor: number; currency: string }) {
    return {
      actor,
      number: payload.number ?? "",
      amount: money(payload.amountMinor, payload.currency),
    };
  }

  function refundOf(payload: { amountMinor: number; currency: string }) {
    return { actor, amount: money(payload.amountMinor, payload.currency) };
  }
}

const DISPUTE_SENTENCES = {
  "dispute.opened": "notifications.sentence.disputeOpened",
  "dispute.responded": "notifications.sentence.disputeResponded",
  "dispute.offer_made": "notifications.sentence.disputeOfferMade",
  "dispute.offer_declined": "notifications.sentence.disputeOfferDeclined",
  "dispute.settled": "notifications.sentence.disputeSettled",
  "dispute.escalated": "notifications.sentence.disputeEscalated",
  "dispute.recommended": "notifications.sentence.disputeRecommended",
  "dispute.recommendation_accepted": "notifications.sentence.disputeRecommendationAccepted",
} as const satisfies Record<string, AppMessageKey>;

function roundOf(payload: { deliverableTitle: string; round: number }) {
  return { deliverable: payload.deliverableTitle, round: String(payload.round) };
}

function changeOf(actor: string, payload: { number: number; title: string }) {
  return { actor, number: String(payload.number), title: payload.title };
}

/** Where the notification leads: the engagement's tab, change, thread or invoice it is about. */
export function notificationLink(
  event: NotifiedEvent & { engagementId: string | null },
): string | null {
  const { engagementId } = event;
  if (!engagementId) return null;
  const engagement = `/engagements/${engagementId}`;
  switch (event.type) {
    case "deliverable.submitted":
    case "deliverable.review_due_soon":
    case "deliverable.evaluated":
    case "deliverable.deemed_accepted":
    case "milestone.accepted":
      return `${engagement}/delivery`;
    case "change_request.proposed":
    case "change_request.priced":
    case "change_request.declined":
    case "change_request.withdrawn":
    case "change_request.approved":
    case "change_request.applied":
      return `${engagement}/changes#change-${event.payload.number}`;
    case "message.posted":
      return messagesPath(engagementId, threadOfMessage(event.payload));
    case "invoice.issued":
    case "invoice.voided":
    case "payment.recorded":
    case "payment.confirmed":
    case "payment.rejected":
    case "credit_note.issued":
      return `${engagement}/invoices/${event.payload.invoiceId}`;
    case "refund.recorded":
    case "refund.confirmed":
    case "refund.rejected":
      return `${engagement}/invoices#refunds`;
    case "dispute.opened":
    case "dispute.responded":
    case "dispute.offer_made":
    case "dispute.offer_declined":
    case "dispute.settled":
    case "dispute.escalated":
    case "dispute.recommended":
    case "dispute.recommendation_accepted":
      return `${engagement}/disputes#dispute-${event.payload.number}`;
    case "exit.notice_given":
    case "exit.protected_started":
    case "exit.hand_over_item_done":
    case "exit.ended_amicably":
      return `${engagement}/exit`;
    case "check_in.opened":
    case "check_in.reminded":
      return `${engagement}/health`;
    case "goal.correction_proposed":
    case "goal.correction_answered":
    case "relationship_review.opened":
    case "relationship_review.revealed":
    case "next_phase.offered":
    case "next_phase.answered":
    case "recognition.given":
    case "recognition.requested":
    case "recognition.answered":
      return `${engagement}/growth`;
    case "moderation.case_opened":
    case "moderation.case_decided":
    case "moderation.appeal_decided":
      return "/cases";
  }
}
