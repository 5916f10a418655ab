import type { MessageKey } from "../../../i18n/messages/en";
import type { Locale } from "../../../i18n/locales";
import type { WebMessageKey } from "../../i18n/messages/en";

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

/**
 * Each language is a chunk of its own, so a browser downloads only the catalogue it shows
 * (a switch of language fetches the next one once).
 */
const LOADERS: Record<Locale, () => Promise<{ messages: AppMessages }>> = {
  en: () => import("./catalogues/en"),
  fr: () => import("./catalogues/fr"),
  de: () => import("./catalogues/de"),
  es: () => import("./catalogues/es"),
  id: () => import("./catalogues/id"),
};

const loaded = new Map<Locale, AppMessages>();

export async function loadMessages(locale: Locale): Promise<AppMessages> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const { messages } = await LOADERS[locale]();
  loaded.set(locale, messages);
  return messages;
}

/** The catalogue of a language already loaded, if any: lets a render proceed without waiting. */
export function loadedMessages(locale: Locale): AppMessages | undefined {
  return loaded.get(locale);
}
