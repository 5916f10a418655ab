/** The interface languages Accord ships; user content may be in any language. */
export const LOCALES = ["en", "fr", "de", "es", "id"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Each language named in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  de: "Deutsch",
  es: "Español",
  id: "Bahasa Indonesia",
};

/**
 * The supported language an `Accept-Language` header asks for first, else English: the highest
 * weight wins, equal weights keep the header's order, a regional tag (`de-CH`) counts for its
 * language, and `q=0` refuses. The one negotiation for every answer to a caller not signed in,
 * including the router's errors before the request is set up.
 */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  return askedLocaleOf(header) ?? DEFAULT_LOCALE;
}

/**
 * The supported language an `Accept-Language` header asks for first, or nothing when it names
 * none Accord speaks (or is absent): what a person who states no language can be taken to want.
 */
export function askedLocaleOf(header: string | undefined): Locale | undefined {
  const ranked = (header ?? "")
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const weight = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      const q = weight === undefined ? 1 : Number(weight.slice(2));
      return { language: tag.trim().split("-")[0]?.toLowerCase() ?? "", q, order };
    })
    .filter((entry) => isLocale(entry.language) && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  const best = ranked[0]?.language;
  return isLocale(best) ? best : undefined;
}
