import { DEFAULT_LOCALE, isLocale } from "../../../i18n/locales";
import { translate } from "../../../i18n/translate";
import type { OutgoingMail } from "../../platform/mailer";

export interface NotSelectedRecipient {
  email: string;
  name: string;
  locale: string | null;
}

export interface NotSelectedProposal {
  proposalId: string;
  briefTitle: string;
  clientName: string;
  providerName: string;
}

/**
 * To one person of a provider whose sent proposal was not selected, in their language: the
 * client chose another provider and closed the brief; thanks, and where the proposal stays.
 */
export function notSelectedMail(
  recipient: NotSelectedRecipient,
  proposal: NotSelectedProposal,
  publicUrl: string,
): OutgoingMail {
  const locale = isLocale(recipient.locale) ? recipient.locale : DEFAULT_LOCALE;
  const values = { brief: proposal.briefTitle, client: proposal.clientName };
  return {
    to: recipient.email,
    locale,
    subject: translate(locale, "mail.proposal_not_selected.subject", values),
    text: translate(locale, "mail.proposal_not_selected.body", {
      ...values,
      name: recipient.name,
      provider: proposal.providerName,
      link: `${publicUrl}/proposals/${proposal.proposalId}`,
    }),
  };
}
