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

/** The server catalogues give role and organisation-kind names; the web catalogue the rest. */
export const MESSAGES: Record<Locale, AppMessages> = {
  en: { ...en, ...webEn },
  fr: { ...fr, ...webFr },
  de: { ...de, ...webDe },
  es: { ...es, ...webEs },
  id: { ...id, ...webId },
};
