import { reminderTiming } from "../../../domain/billing/reminders";
import { formatMoney } from "../../../i18n/format";
import { DEFAULT_LOCALE, isLocale } from "../../../i18n/locales";
import { translate } from "../../../i18n/translate";
import type { Side } from "../../../domain/engagement/engagement";
import type { OutgoingMail } from "../../platform/mailer";
import { formatDay } from "../../../i18n/format";

export interface ReminderRecipient {
  email: string;
  name: string;
  locale: string | null;
  orgName: string;
}

export interface RemindedInvoice {
  engagementId: string;
  engagementTitle: string;
  invoiceId: string;
  number: string;
  providerName: string;
  currency: string;
  totalMinor: number;
  outstandingMinor: number;
  /**
   * Payments recorded and not yet confirmed, by the side that recorded them (0 for none): the
   * client's "paid" awaits the provider, the provider's "received" awaits the client.
   */
  awaitingConfirmationMinor: Record<Side, number>;
  dueDate: string;
  isLateInterestAgreed: boolean;
  /** The ledger's head hash once the reminder is recorded: the reader's witness of it. */
  headHash: string;
}

/**
 * A payment reminder to one person of the client, in their language: what is still owed and
 * when it falls (or fell) due, counted from the day it is sent, amounts and dates in their
 * format, what they recorded as paid that awaits the provider's confirmation and what the
 * provider recorded as received that awaits theirs (neither counted as owed), and the link
 * where they record a payment already made or answer the provider's.
 */
export function reminderMail(
  recipient: ReminderRecipient,
  invoice: RemindedInvoice,
  today: string,
  publicUrl: string,
): OutgoingMail {
  const locale = isLocale(recipient.locale) ? recipient.locale : DEFAULT_LOCALE;
  const timing = reminderTiming(invoice.dueDate, today);
  const values = { timing: timing.kind, days: timing.days, number: invoice.number };
  const awaiting = invoice.awaitingConfirmationMinor;
  const witness = translate(locale, "mail.notification.ledger_head", { hash: invoice.headHash });
  return {
    to: recipient.email,
    locale,
    subject: translate(locale, "mail.reminder.subject", values),
    text: `${translate(locale, "mail.reminder.body", {
      ...values,
      name: recipient.name,
      provider: invoice.providerName,
      org: recipient.orgName,
      engagement: invoice.engagementTitle,
      dueDate: formatDay(locale, invoice.dueDate),
      outstanding: formatMoney(locale, invoice.outstandingMinor, invoice.currency),
      total: formatMoney(locale, invoice.totalMinor, invoice.currency),
      hasRecordedPaid: awaiting.client > 0 ? "yes" : "no",
      recordedPaid: formatMoney(locale, awaiting.client, invoice.currency),
      hasRecordedReceived: awaiting.provider > 0 ? "yes" : "no",
      recordedReceived: formatMoney(locale, awaiting.provider, invoice.currency),
      lateInterest: invoice.isLateInterestAgreed ? "yes" : "no",
      link: `${publicUrl}/engagements/${invoice.engagementId}/invoices/${invoice.invoiceId}`,
    })}\n\n${witness}`,
  };
}
