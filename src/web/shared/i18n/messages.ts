import { de } from "../../../i18n/messages/de";
import { en, type MessageKey } from "../../../i18n/messages/en";
import { es } from "../../../i18n/messages/es";
import { fr } from "../../../i18n/messages/fr";
import { id } from "../../../i18n/messages/id";
import type { Locale } from "../../../i18n/locales";
import { webDe } from "../../i18n/messages/de";
import { webEn, type WebMessageKey } from "../../i18n/messages/en";
import { webEs } from "../../i18n/messages/es";
import { webFr } from "../../i18n/messages/fr";
import { webId } from "../../i18n/messages/id";

/** Every id `FormattedMessage` and `formatMessage` accept: the server's keys and the web's. */
export type AppMessageKey = MessageKey | WebMessageKey;
export type AppMessages = Record<AppMessageKey, string>;

declare global {
  // react-intl reads this interface to type-check message ids at every call site.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: AppMessageKey;
    }
  }
}

const english: AppMessages = { ...en, ...webEn };

/**
 * The server catalogues give role and organisation-kind names; the web catalogue the rest. A
 * key not yet translated (between adding it in English and the translation pass) reads in
 * English rather than as its id, as on the server; the catalogue tests still list it as missing.
 */
export const MESSAGES: Record<Locale, AppMessages> = {
  en: english,
  fr: { ...english, ...fr, ...webFr },
  de: { ...english, ...de, ...webDe },
  es: { ...english, ...es, ...webEs },
  id: { ...english, ...id, ...webId },
};
