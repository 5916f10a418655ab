import { isNotifiedType } from "../../../domain/notifications/notification-types";
import type { AppNotification } from "../../shared/api/types";
import type { AppMessageKey } from "../../shared/i18n/messages";
import { messagesPath } from "../messages/threads";
import { threadOfMessage } from "./message-notifications";
import { type Payload, payloadNumber, payloadText } from "./payload-fields";

export interface NotificationSentence {
  id: AppMessageKey;
  values: Record<string, string | number>;
}

export interface SentenceContext {
  /** Who acted, when the notification does not say (the system, or a deleted account). */
  someone: string;
  /** An amount in minor units, formatted in the reader's locale. */
  formatMoney: (minor: number, currency: string) => string;
}

/** The price a change-request event carries, when it carries both amount and currency. */
function priceOf(payload: Payload, context: SentenceContext): Record<string, string> {
  const minor = payloadNumber(payload.priceMinor);
  const currency = payloadText(payload.currency);
  return minor !== null && currency
    ? { hasPrice: "yes", price: context.formatMoney(minor, currency) }
    : { hasPrice: "no", price: "" };
}

/**
 * The sentence telling the reader what happened, chosen by the notification's type and filled
 * from its payload. Absent payload fields read as empty rather than failing; a type this
 * version of the app does not know gets a plain sentence.
 */
export function notificationSentence(
  notification: Pick<AppNotification, "type" | "payload" | "actorName">,
  context: SentenceContext,
): NotificationSentence {
  const { payload } = notification;
  const actor = notification.actorName ?? context.someone;
  const deliverable = {
    deliverable: payloadText(payload.deliverableTitle),
    round: payloadText(payload.round),
  };
  const change = { actor, number: payloadText(payload.number), title: payloadText(payload.title) };
  const amountMinor = payloadNumber(payload.amountMinor) ?? payloadNumber(payload.totalMinor);
  const currency = payloadText(payload.currency);
  const money = {
    actor,
    number: payloadText(payload.number),
    amount: amountMinor !== null && currency ? context.formatMoney(amountMinor, currency) : "",
  };
  const type = notification.type;
  if (!isNotifiedType(type)) return { id: "notifications.sentence.other", values: {} };
  switch (type) {
    case "deliverable.submitted":
      return {
        id: "notifications.sentence.deliverableSubmitted",
        values: { actor, ...deliverable },
      };
    case "deliverable.evaluated":
      return {
        id: "notifications.sentence.deliverableEvaluated",
        values: { actor, ...deliverable, outcome: payloadText(payload.outcome) },
      };
    case "deliverable.review_due_soon":
      return { id: "notifications.sentence.reviewDueSoon", values: deliverable };
    case "deliverable.deemed_accepted":
      return { id: "notifications.sentence.deliverableDeemedAccepted", values: deliverable };
    case "milestone.accepted":
      return {
        id: "notifications.sentence.milestoneAccepted",
        values: { milestone: payloadText(payload.title) },
      };
    case "change_request.proposed":
      return { id: "notifications.sentence.changeProposed", values: change };
    case "change_request.priced":
      return {
        id: "notifications.sentence.changePriced",
        values: { ...change, ...priceOf(payload, context) },
      };
    case "change_request.declined":
      return { id: "notifications.sentence.changeDeclined", values: change };
    case "change_request.withdrawn":
      return { id: "notifications.sentence.changeWithdrawn", values: change };
    case "change_request.approved":
      return {
        id: "notifications.sentence.changeApproved",
        values: { ...change, ...priceOf(payload, context) },
      };
    case "change_request.applied":
      return { id: "notifications.sentence.changeApplied", values: change };
    case "message.posted":
      return {
        id: "notifications.sentence.messagePosted",
        values: { actor, thread: payloadText(payload.threadKind) },
      };
    case "invoice.issued":
      return { id: "notifications.sentence.invoiceIssued", values: money };
    case "invoice.voided":
      return { id: "notifications.sentence.invoiceVoided", values: money };
    case "payment.recorded":
      return { id: "notifications.sentence.paymentRecorded", values: money };
    case "payment.confirmed":
      return { id: "notifications.sentence.paymentConfirmed", values: money };
    case "payment.rejected":
      return { id: "notifications.sentence.paymentRejected", values: money };
    case "credit_note.issued":
      return {
        id: "notifications.sentence.creditNoteIssued",
        values: { ...money, invoiceNumber: payloadText(payload.invoiceNumber) },
      };
  }
}

/** Where the notification leads: the engagement's tab, change, thread or invoice it is about. */
export function notificationLink(
  notification: Pick<AppNotification, "type" | "payload" | "engagementId">,
): string | null {
  const { engagementId, payload } = notification;
  if (!engagementId) return null;
  const engagement = `/engagements/${engagementId}`;
  // The type names its subject first: `deliverable.evaluated`, `change_request.priced`, ….
  const subject = notification.type.split(".", 1)[0] ?? "";
  switch (subject) {
    case "deliverable":
    case "milestone":
      return `${engagement}/delivery`;
    case "change_request": {
      const number = payloadText(payload.number);
      return number ? `${engagement}/changes#change-${number}` : `${engagement}/changes`;
    }
    case "message":
      return messagesPath(engagementId, threadOfMessage(payload));
    case "invoice":
    case "payment":
    case "credit_note": {
      const invoiceId = payloadText(payload.invoiceId);
      return invoiceId ? `${engagement}/invoices/${invoiceId}` : `${engagement}/invoices`;
    }
    default:
      return engagement;
  }
}
