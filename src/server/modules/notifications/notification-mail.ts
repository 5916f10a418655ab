import type { NotifiedEvent as CatalogueEvent } from "../../../domain/ledger/event-catalogue";
import { eventsToMail, orgToldOf } from "../../../domain/notifications/notification-types";
import { isStandardDuty } from "../../../domain/exit/hand-over";
import { formatDay, formatInstant, formatMoney } from "../../../i18n/format";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../../../i18n/locales";
import type { MessageValues } from "../../../i18n/translate";
import { translate } from "../../../i18n/translate";
import type { OutgoingMail } from "../../platform/mailer";
import { caseStepMail, isCaseStep } from "./case-step-mail";
import { listUnsubscribeUrl } from "./list-unsubscribe";

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
  userId: string;
  email: string;
  name: string;
  locale: string | null;
  /** The organisation through which the person hears of the event. */
  orgId: string;
  orgName: string;
}

/**
 * Where a notification e-mail's links lead: the instance's public URL, and the reader's
 * one-click unsubscribe link (`list-unsubscribe.ts`), which every notification e-mail names in
 * its `List-Unsubscribe` header.
 */
export interface NotificationLinks {
  publicUrl: string;
  unsubscribeUrlOf(userId: string): string;
}

export function notificationLinksOf(deps: {
  publicUrl: string;
  signingSecret: string;
}): NotificationLinks {
  return {
    publicUrl: deps.publicUrl,
    unsubscribeUrlOf: (userId) => listUnsubscribeUrl(deps.publicUrl, deps.signingSecret, userId),
  };
}

const EXCERPT_LENGTH = 280;

/** The start of a message as an e-mail quotes it. */
export function excerptOf(body: string): string {
  return body.length <= EXCERPT_LENGTH ? body : `${body.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

/**
 * The e-mail telling one person of an event, in their language: the event in a sentence (also
 * the subject), the link to the engagement, and where to choose which e-mails they get.
 * `wording`: what it says the same to every reader of that language, when already written.
 */
export function notificationMail(
  recipient: MailRecipient,
  event: NotifiedEvent,
  links: NotificationLinks,
  wording?: EventWording,
): OutgoingMail {
  const locale = localeOf(recipient);
  if (isCaseStep(event)) return caseStepMail(recipient, event, locale, links);
  const { publicUrl } = links;
  const { summary, witness } = wording ?? eventWording(event, locale);
  const text = translate(locale, "mail.notification.body", {
    name: recipient.name,
    summary,
    hasExcerpt: event.excerpt ? "yes" : "no",
    excerpt: event.excerpt ?? "",
    link: `${publicUrl}/engagements/${event.engagementId}`,
    org: recipient.orgName,
    settingsLink: `${publicUrl}/settings`,
  });
  return {
    to: recipient.email,
    locale,
    subject: summary,
    text: `${text}\n\n${witness}`,
    listUnsubscribeUrl: links.unsubscribeUrlOf(recipient.userId),
  };
}

/** What an event's e-mail says alike to every reader of one language. */
interface EventWording {
  /** The event in a sentence: the subject, and the body's first line. */
  summary: string;
  /** The ledger's head, and how to check it. */
  witness: string;
}

function eventWording(event: NotifiedEvent, locale: Locale): EventWording {
  return {
    summary: summaryOf(event, locale),
    witness: translate(locale, "mail.notification.ledger_head", { hash: event.headHash }),
  };
}

/**
 * An event as a notification e-mail words it: who caused it and when, a message's start, and
 * the organisations told of it (`notifiedOrgIds`), whose members alone are mailed.
 */
export type MailedEvent = CatalogueEvent & {
  toldOrgIds: readonly string[];
  actorUserId: string | null;
  actorName: string | null;
  occurredAt: string;
  excerpt: string | null;
};

/**
 * A member of either side, with what `eventsToMail` needs to choose their events:
 * `joinedAtByOrg` holds all their organisations in the engagement (both, for someone on both
 * sides), first joined first, each with the day they joined it and `orgNames` its name; `orgId`
 * is the one they joined first.
 */
export interface MailedMember extends MailRecipient {
  joinedAtByOrg: ReadonlyMap<string, string>;
  orgNames: ReadonlyMap<string, string>;
  mutedTypes: ReadonlySet<string>;
}

/** The member as the e-mail of `event` addresses them: through the organisation it was told to. */
function addressedFor(member: MailedMember, event: MailedEvent): MailRecipient {
  const orgId = orgToldOf(member, event) ?? member.orgId;
  return { ...member, orgId, orgName: member.orgNames.get(orgId) ?? member.orgName };
}

/**
 * The e-mails telling an engagement's members of its events: one per person at most, of the
 * events `eventsToMail` gives them. One event reads as its own e-mail; several, gathered in a
 * burst, as one e-mail listing each in order. Each carries the ledger's head hash.
 */
export function notificationMails(
  members: readonly MailedMember[],
  events: readonly MailedEvent[],
  engagement: { id: string; title: string; headHash: string },
  links: NotificationLinks,
): OutgoingMail[] {
  // A mailed message reaches a score of people in a language or two: its sentence and the
  // ledger's head are written once per event and language, not once per person.
  const worded = new Map<
    MailedEvent,
    { event: NotifiedEvent; byLocale: Map<Locale, EventWording> }
  >();
  const wordedFor = (only: MailedEvent, locale: Locale) => {
    let entry = worded.get(only);
    if (!entry) {
      entry = { event: notifiedOf(only, engagement), byLocale: new Map() };
      worded.set(only, entry);
    }
    let wording = entry.byLocale.get(locale);
    if (!wording) {
      wording = eventWording(entry.event, locale);
      entry.byLocale.set(locale, wording);
    }
    return { event: entry.event, wording };
  };
  const mails: OutgoingMail[] = [];
  for (const member of members) {
    const theirs = eventsToMail(member, events);
    const [only] = theirs;
    if (!only) continue;
    const recipient = addressedFor(member, only);
    if (theirs.length > 1) {
      mails.push(gatheredMail(recipient, theirs, engagement, links));
      continue;
    }
    const { event, wording } = wordedFor(only, localeOf(member));
    mails.push(notificationMail(recipient, event, links, wording));
  }
  return mails;
}

function gatheredMail(
  recipient: MailRecipient,
  events: readonly MailedEvent[],
  engagement: { id: string; title: string; headHash: string },
  links: NotificationLinks,
): OutgoingMail {
  const { publicUrl } = links;
  const locale = localeOf(recipient);
  const items = events.map((event) =>
    translate(locale, "mail.notification.gathered_item", {
      summary: summaryOf(notifiedOf(event, engagement), locale),
      hasExcerpt: event.excerpt ? "yes" : "no",
      excerpt: event.excerpt ?? "",
    }),
  );
  const subject = translate(locale, "mail.notification.gathered_subject", {
    count: events.length,
    engagement: engagement.title,
  });
  const text = translate(locale, "mail.notification.gathered_body", {
    name: recipient.name,
    engagement: engagement.title,
    items: items.join("\n"),
    link: `${publicUrl}/engagements/${engagement.id}`,
    org: recipient.orgName,
    settingsLink: `${publicUrl}/settings`,
  });
  const witness = translate(locale, "mail.notification.ledger_head", { hash: engagement.headHash });
  return {
    to: recipient.email,
    locale,
    subject,
    text: `${text}\n\n${witness}`,
    listUnsubscribeUrl: links.unsubscribeUrlOf(recipient.userId),
  };
}

function notifiedOf(
  event: MailedEvent,
  engagement: { id: string; title: string; headHash: string },
): NotifiedEvent {
  return {
    ...({ type: event.type, payload: event.payload } as CatalogueEvent),
    engagementId: engagement.id,
    engagementTitle: engagement.title,
    actorName: event.actorName,
    excerpt: event.excerpt,
    headHash: engagement.headHash,
    // Case steps are mailed on their own (`caseStepMail`), never in a gathered e-mail.
    accusedOrgName: null,
  };
}

function localeOf(recipient: MailRecipient): Locale {
  return isLocale(recipient.locale) ? recipient.locale : DEFAULT_LOCALE;
}

/** The event in one sentence, in the reader's language: the subject of its own e-mail. */
function summaryOf(event: NotifiedEvent, locale: Locale): string {
  return translate(locale, `mail.notification.${event.type}`, {
    ...eventValues(event, locale),
    actor: event.actorName ?? translate(locale, "mail.notification.someone"),
    engagement: event.engagementTitle,
  });
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
    case "refund.recorded":
    case "refund.confirmed":
    case "refund.rejected":
      return { amount: money(event.payload.amountMinor, event.payload.currency) };
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
      return { date: formatDay(locale, event.payload.exitDate) };
    case "exit.hand_over_item_done":
      // A standard item's duty is its message key; the agreement's duties are quoted as written.
      return {
        duty: isStandardDuty(event.payload.duty)
          ? translate(locale, event.payload.duty)
          : event.payload.duty,
      };
    case "exit.ended_amicably":
      return {};
    case "goal.correction_proposed":
      return {
        from: formatNumber(locale, event.payload.fromValue),
        to: formatNumber(locale, event.payload.toValue),
      };
    case "goal.correction_answered":
      return { outcome: event.payload.outcome };
    case "relationship_review.opened":
    case "relationship_review.revealed":
      return {};
    // When the window closes, never what either side answered (the reminder names no answer).
    case "check_in.opened":
    case "check_in.reminded":
      return { closes: formatInstant(locale, event.payload.closesAt) };
    case "next_phase.offered":
      return { title: event.payload.title };
    case "next_phase.answered":
      return { title: event.payload.title, outcome: event.payload.outcome };
    case "recognition.given":
    case "recognition.requested":
      return { kind: event.payload.kind };
    case "recognition.answered":
      return { kind: event.payload.kind, step: event.payload.step };
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
