import type { NotifiedEvent as CatalogueEvent } from "../../../domain/ledger/event-catalogue";
import { formatInstant } from "../../../i18n/format";
import type { Locale } from "../../../i18n/locales";
import { translate, type MessageValues } from "../../../i18n/translate";
import type { OutgoingMail } from "../../platform/mailer";
import type { MailRecipient, NotificationLinks, NotifiedEvent } from "./notification-mail";

type CaseStepType =
  "moderation.case_opened" | "moderation.case_decided" | "moderation.appeal_decided";
type CaseStep = Extract<NotifiedEvent, { type: CaseStepType }>;

/** A moderation case's step: mailed at once and on its own, worded for the reader's party. */
export function isCaseStepType(type: string): type is CaseStepType {
  return (
    type === "moderation.case_opened" ||
    type === "moderation.case_decided" ||
    type === "moderation.appeal_decided"
  );
}

export function isCaseStep(event: NotifiedEvent): event is CaseStep {
  return isCaseStepType(event.type);
}

/**
 * The e-mail of a moderation case's step to one person of a party, in their language: the
 * notice to the accused with the end of its response window, the decision with its reason,
 * or the appeal's outcome with its reason; whether the case is against the reader's own
 * organisation; and the link to the cases page, where they answer or appeal. The reporter is
 * never named.
 */
export function caseStepMail(
  recipient: MailRecipient,
  event: CaseStep,
  locale: Locale,
  links: NotificationLinks,
): OutgoingMail {
  const { publicUrl } = links;
  const accusedOrgId = event.payload.accusedOrgId;
  const values = {
    ...stepValues(event, locale),
    role: accusedOrgId === recipient.orgId ? "accused" : "party",
    accused: event.accusedOrgName ?? translate(locale, "mail.notification.someone"),
    engagement: event.engagementTitle,
  };
  const summary = translate(locale, `mail.notification.${event.type}`, values);
  const text = translate(locale, "mail.notification.case_body", {
    ...values,
    name: recipient.name,
    summary,
    link: `${publicUrl}/cases`,
    org: recipient.orgName,
    settingsLink: `${publicUrl}/settings`,
  });
  const witness = translate(locale, "mail.notification.ledger_head", { hash: event.headHash });
  return {
    to: recipient.email,
    locale,
    subject: summary,
    text: `${text}\n\n${witness}`,
    listUnsubscribeUrl: links.unsubscribeUrlOf(recipient.userId),
  };
}

function stepValues(event: CatalogueEvent & { type: CaseStepType }, locale: Locale): MessageValues {
  switch (event.type) {
    case "moderation.case_opened":
      return {
        step: "opened",
        due: formatInstant(locale, event.payload.responseDueAt),
        reason: "",
      };
    case "moderation.case_decided":
      return {
        step: "decided",
        decision: event.payload.decision,
        days: event.payload.suspensionDays ?? 0,
        reason: event.payload.reason,
      };
    case "moderation.appeal_decided":
      return {
        step: "appeal_decided",
        outcome: event.payload.outcome,
        reason: event.payload.reason,
      };
  }
}
