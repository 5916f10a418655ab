import { DEFAULT_LOCALE, isLocale, type Locale } from "../../../i18n/locales";

const STORAGE_KEY = "accord.locale";

export function readStoredLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may forbid storage; the choice then lasts for this page only.
  }
}

/** The first of the browser's preferred languages that Accord speaks, by primary subtag. */
export function matchBrowserLocale(preferred: readonly string[]): Locale | null {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split("-")[0];
    // "in" is the withdrawn ISO 639 code for Indonesian that some systems still report.
    const candidate = primary === "in" ? "id" : primary;
    if (isLocale(candidate)) return candidate;
  }
  return null;
}

/** Before the user is known: the stored choice, else the browser's languages, else English. */
export function detectInitialLocale(): Locale {
  const browser = typeof navigator === "undefined" ? [] : navigator.languages;
  return readStoredLocale() ?? matchBrowserLocale(browser) ?? DEFAULT_LOCALE;
}
