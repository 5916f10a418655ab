import type { NotifiedEvent as CatalogueEvent } from "../../../domain/ledger/event-catalogue";
import { formatMoney } from "../../../i18n/format";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../../../i18n/locales";
import type { MessageValues } from "../../../i18n/translate";
import { translate } from "../../../i18n/translate";
import type { OutgoingMail } from "../../platform/mailer";
import { caseStepMail, isCaseStep } from "./case-step-mail";

export type NotifiedEvent = CatalogueEvent & {
  engagementId: string;
  engagementTitle: string;
  /** Null when the system acted (deemed acceptance). */
  actorName: string | null;
  /** The start of the message, for `message.posted`. */
  excerpt: string | null;
  /** The ledger's head hash once the event is appended, so each side holds a witness of it. */
  headHash: string;
  /** The organisation a moderation case is against, for the steps of a case; else null. */
  accusedOrgName: string | null;
};

export interface MailRecipient {
  email: string;
  name: string;
  locale: string | null;
  /** The organisation through which the person hears of the event. */
  orgId: string;
  orgName: string;
}

const EXCERPT_LENGTH = 280;

/** The start of a message as an e-mail quotes it. */
export function excerptOf(body: string): string {
  return body.length <= EXCERPT_LENGTH ? body : `${body.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

/**
 * The e-mail telling one person of an event, in their language: the event in a sentence (also
 * the subject), the link to the engagement, and where to choose which e-mails they get.
 */
export function notificationMail(
  recipient: MailRecipient,
  event: NotifiedEvent,
  publicUrl: string,
): OutgoingMail {
  const locale = isLocale(recipient.locale) ? recipient.locale : DEFAULT_LOCALE;
  if (isCaseStep(event)) return caseStepMail(recipient, event, locale, publicUrl);
  const summary = translate(locale, `mail.notification.${event.type}`, {
    ...eventValues(event, locale),
    actor: event.actorName ?? translate(locale, "mail.notification.someone"),
    engagement: event.engagementTitle,
  });
  const text = translate(locale, "mail.notification.body", {
    name: recipient.name,
    summary,
    hasExcerpt: event.excerpt ? "yes" : "no",
    excerpt: event.excerpt ?? "",
    link: `${publicUrl}/engagements/${event.engagementId}`,
    org: recipient.orgName,
    settingsLink: `${publicUrl}/settings`,
  });
  const witness = translate(locale, "mail.notification.ledger_head", { hash: event.headHash });
  return { to: recipient.email, locale, subject: summary, text: `${text}\n\n${witness}` };
}

/** What the sentence of each type quotes from its event, amounts in the reader's format. */
function eventValues(event: CatalogueEvent, locale: Locale): MessageValues {
  const money = (minor: number, currency: string) => formatMoney(locale, minor, currency);
  switch (event.type) {
    case "deliverable.submitted":
    case "deliverable.review_due_soon":
    case "deliverable.deemed_accepted":
      return {
        deliverable: event.payload.deliverableTitle || event.payload.deliverableId,
        round: String(event.payload.round),
      };
    case "deliverable.evaluated":
      return {
        deliverable: event.payload.deliverableTitle || event.payload.deliverableId,
        round: String(event.payload.round),
        outcome: event.payload.outcome,
      };
    case "milestone.accepted":
      return { milestone: event.payload.title || event.payload.milestoneId };
    case "change_request.proposed":
    case "change_request.priced":
    case "change_request.declined":
    case "change_request.withdrawn":
    case "change_request.approved":
    case "change_request.applied":
      return { number: String(event.payload.number), title: event.payload.title };
    case "message.posted":
      return {};
    case "invoice.issued":
      return {
        number: event.payload.number,
        amount: money(event.payload.totalMinor, event.payload.currency),
      };
    case "invoice.voided":
      return { number: event.payload.number ?? "" };
    case "payment.recorded":
    case "payment.confirmed":
    case "payment.rejected":
      return {
        number: event.payload.number ?? "",
        amount: money(event.payload.amountMinor, event.payload.currency),
      };
    case "credit_note.issued":
      return {
        number: event.payload.number,
        invoiceNumber: event.payload.invoiceNumber ?? "",
        amount: money(event.payload.amountMinor, event.payload.currency),
      };
    case "dispute.opened":
    case "dispute.responded":
    case "dispute.offer_made":
    case "dispute.offer_declined":
    case "dispute.settled":
    case "dispute.escalated":
    case "dispute.recommended":
    case "dispute.recommendation_accepted":
      return { number: String(event.payload.number) };
    case "exit.notice_given":
    case "exit.protected_started":
      return { date: event.payload.exitDate };
    case "exit.hand_over_item_done":
      return { duty: event.payload.duty };
    case "exit.ended_amicably":
      return {};
    case "goal.correction_proposed":
      return {
        from: formatNumber(locale, event.payload.fromValue),
        to: formatNumber(locale, event.payload.toValue),
      };
    case "relationship_review.opened":
    case "relationship_review.revealed":
      return {};
    case "next_phase.offered":
      return { title: event.payload.title };
    case "next_phase.answered":
      return { title: event.payload.title, outcome: event.payload.outcome };
    case "recognition.given":
    case "recognition.requested":
      return { kind: event.payload.kind };
    case "moderation.case_opened":
    case "moderation.case_decided":
    case "moderation.appeal_decided":
      // Worded by caseStepMail, which knows the recipient's part in the case.
      return {};
  }
}

function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
}
