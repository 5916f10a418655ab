import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { MessageKey } from "../../../i18n/messages/en";
import type { Locale } from "../../../i18n/locales";
import type { WebMessageKey } from "../../i18n/messages/en";

/** Every id `FormattedMessage` and `formatMessage` accept: the server's keys and the web's. */
export type AppMessageKey = MessageKey | WebMessageKey;
/**
 * A message as the catalogue writes it (the dev server, tests) or compiled to its ICU syntax
 * tree (the build, `scripts/catalogue-parts-plugin.ts`); react-intl formats both.
 */
export type CatalogueMessage = string | MessageFormatElement[];
export type AppMessages = Record<AppMessageKey, CatalogueMessage>;

declare global {
  // react-intl reads this interface to type-check message ids at every call site.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: AppMessageKey;
    }
  }
}

type Part = Promise<{ messages: Partial<AppMessages> }>;

/**
 * Each language is two chunks of its own (see `catalogue-parts.ts`): a browser downloads only
 * the language it shows, the first screen's few keys before it draws, the rest afterwards (a
 * switch of language fetches the next one once).
 */
const LOADERS: Record<Locale, { first: () => Part; rest: () => Part }> = {
  en: { first: () => import("./catalogues/en-first"), rest: () => import("./catalogues/en-rest") },
  fr: { first: () => import("./catalogues/fr-first"), rest: () => import("./catalogues/fr-rest") },
  de: { first: () => import("./catalogues/de-first"), rest: () => import("./catalogues/de-rest") },
  es: { first: () => import("./catalogues/es-first"), rest: () => import("./catalogues/es-rest") },
  id: { first: () => import("./catalogues/id-first"), rest: () => import("./catalogues/id-rest") },
};

interface Loading {
  /** One object per language, filled in place as its parts arrive. */
  messages: AppMessages;
  first: Promise<AppMessages>;
  whole?: Promise<AppMessages>;
}

const catalogues = new Map<Locale, Loading>();
let lastAsked: Locale | undefined;

function loading(locale: Locale): Loading {
  const existing = catalogues.get(locale);
  if (existing) return existing;
  const messages = {} as AppMessages;
  const first = LOADERS[locale].first().then((part) => Object.assign(messages, part.messages));
  const created: Loading = { messages, first };
  catalogues.set(locale, created);
  return created;
}

/**
 * A language's catalogue: whole, or only the first screen's part (the log-in page, the app's
 * frame and an engagement's overview need no more). The same object grows when the rest comes.
 */
export function loadMessages(
  locale: Locale,
  part: "first" | "whole" = "whole",
): Promise<AppMessages> {
  lastAsked = locale;
  const current = loading(locale);
  if (part === "first") return current.first;
  current.whole ??= Promise.all([current.first, LOADERS[locale].rest()]).then(([messages, rest]) =>
    Object.assign(messages, rest.messages),
  );
  return current.whole;
}

let languageDecided: Promise<unknown> = Promise.resolve();

/**
 * The language the app opens in, once known (a signed-in person's, from `/me`). The router
 * starts loading the opened page while `/me` is still on its way, when the language last asked
 * for may be this device's guess: the page must wait for the catalogue it will be drawn in.
 */
export function openInLanguage(language: Promise<Locale>): void {
  languageDecided = language.then((decided) => {
    lastAsked = decided;
  });
}

/**
 * The whole catalogue of the language the app shows: pages beyond the first screen wait for it
 * before they draw, so they never show a key instead of a sentence. Until 5 December 2026 a
 * page opened from its address waited for the device language's catalogue while the account's
 * was shown, and drew its keys first (`e2e/engagement-tabs-in-language.test.ts`).
 */
export async function wholeCatalogue(): Promise<AppMessages | undefined> {
  await languageDecided;
  return lastAsked && loadMessages(lastAsked);
}

/** The catalogue of a language already loaded (its first part at least), if any. */
export function loadedMessages(locale: Locale): AppMessages | undefined {
  const current = catalogues.get(locale);
  return current && Object.keys(current.messages).length > 0 ? current.messages : undefined;
}
