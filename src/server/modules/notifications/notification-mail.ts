import type { NotifiedEventType } from "../../../domain/notifications/notification-types";
import { formatMoney } from "../../../i18n/format";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../../../i18n/locales";
import type { MessageValues } from "../../../i18n/translate";
import { translate } from "../../../i18n/translate";
import type { OutgoingMail } from "../../platform/mailer";

export interface NotifiedEvent {
  type: NotifiedEventType;
  payload: Record<string, unknown>;
  engagementId: string;
  engagementTitle: string;
  /** Null when the system acted (deemed acceptance). */
  actorName: string | null;
  /** The start of the message, for `message.posted`. */
  excerpt: string | null;
  /** The ledger's head hash once the event is appended, so each side holds a witness of it. */
  headHash: string;
}

export interface MailRecipient {
  email: string;
  name: string;
  locale: string | null;
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
  const summary = translate(locale, `mail.notification.${event.type}`, {
    ...payloadValues(event.payload),
    amount: amountOf(event.payload, locale),
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

/** The invoice, payment or credit-note amount an event carries, in the reader's format. */
function amountOf(payload: Record<string, unknown>, locale: Locale): string {
  const minor = typeof payload.amountMinor === "number" ? payload.amountMinor : payload.totalMinor;
  return typeof minor === "number" && typeof payload.currency === "string"
    ? formatMoney(locale, minor, payload.currency)
    : "";
}

/** What the sentences quote from the event's payload; absent fields read as empty. */
function payloadValues(payload: Record<string, unknown>): MessageValues {
  const text = (value: unknown) =>
    typeof value === "string" || typeof value === "number" ? String(value) : "";
  return {
    deliverable: text(payload.deliverableTitle) || text(payload.deliverableId),
    round: text(payload.round),
    outcome: text(payload.outcome),
    milestone: text(payload.title) || text(payload.milestoneId),
    number: text(payload.number),
    title: text(payload.title),
    invoiceNumber: text(payload.invoiceNumber),
  };
}
