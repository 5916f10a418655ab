import { IntlMessageFormat } from "intl-messageformat";
import type { Catalogue, MessageKey } from "./messages/en";
import { en } from "./messages/en";
import { fr } from "./messages/fr";
import { de } from "./messages/de";
import { es } from "./messages/es";
import { id } from "./messages/id";
import type { Locale } from "./locales";
import { ordinalDateTimeFormat } from "./date-format";

export const CATALOGUES: Record<Locale, Catalogue> = { en, fr, de, es, id };

export type MessageValues = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const formatters = new Map<string, IntlMessageFormat>();

/** Formats a catalogue message in a locale, caching the parsed ICU message. */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const cacheKey = `${locale}\u0000${key}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new IntlMessageFormat(CATALOGUES[locale][key], locale, undefined, {
      formatters: {
        getNumberFormat: (...args) => new Intl.NumberFormat(...args),
        // Accord keeps no person's time zone: a date is its day in UTC, as `formatDay` writes
        // it, not the day wherever the server happens to run.
        getDateTimeFormat: (locales, options) =>
          ordinalDateTimeFormat(locales, { timeZone: "UTC", ...options }),
        getPluralRules: (...args) => new Intl.PluralRules(...args),
      },
    });
    formatters.set(cacheKey, formatter);
  }
  return String(formatter.format(values));
}

export function translatorFor(locale: Locale): Translate {
  return (key, values) => translate(locale, key, values);
}
