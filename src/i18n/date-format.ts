import type { Locale } from "./locales";

/**
 * The locale dates and numbers are written in: the interface language with the reader's
 * region when their preferred languages name one for it (`en-GB` writes "3 December 2026",
 * `en-US` "December 3, 2026"), else the language alone. The catalogue stays the language's.
 */
export function formattingLocale(language: Locale, preferred: readonly string[]): string {
  for (const tag of preferred) {
    let parsed: Intl.Locale;
    try {
      parsed = new Intl.Locale(tag);
    } catch {
      continue;
    }
    if (parsed.language === language && parsed.region) return `${language}-${parsed.region}`;
  }
  return language;
}

/**
 * French writes the first day of a month as an ordinal, "1er décembre", and every other day as
 * a cardinal; Intl writes "1 décembre". Only dates with the month in words change: "01/12/2026"
 * stays as it is.
 */
export function withFrenchFirstOfMonth(
  locale: string,
  parts: Intl.DateTimeFormatPart[],
): Intl.DateTimeFormatPart[] {
  if (new Intl.Locale(locale).language !== "fr") return parts;
  const isMonthInWords = parts.some((part) => part.type === "month" && !/^\d+$/.test(part.value));
  if (!isMonthInWords) return parts;
  return parts.map((part) =>
    part.type === "day" && /^0?1$/.test(part.value) ? { ...part, value: "1er" } : part,
  );
}

const formats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** A date's parts as Intl writes them in the locale, with the French "1er" (see above). */
export function formatDateToParts(
  locale: string,
  date: Date | number,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormatPart[] {
  return withFrenchFirstOfMonth(locale, dateTimeFormat(locale, options).formatToParts(date));
}

/** A date as Intl writes it in the locale, with the French "1er" for a month's first day. */
export function formatDate(
  locale: string,
  date: Date | number,
  options: Intl.DateTimeFormatOptions = {},
): string {
  return formatDateToParts(locale, date, options)
    .map((part) => part.value)
    .join("");
}

/**
 * An `Intl.DateTimeFormat` that writes the French "1er", for ICU messages' `{x, date, long}`
 * (given to intl-messageformat as its date formatter).
 */
export function ordinalDateTimeFormat(
  locales?: Intl.LocalesArgument,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  const base = new Intl.DateTimeFormat(locales, options);
  const locale = base.resolvedOptions().locale;
  const toParts = (date?: Date | number) =>
    withFrenchFirstOfMonth(locale, base.formatToParts(date));
  const format = (date?: Date | number) =>
    toParts(date)
      .map((part) => part.value)
      .join("");
  // Own properties over the real formatter: its methods check their receiver, so each is bound.
  return Object.create(base, {
    format: { value: format },
    formatToParts: { value: toParts },
    resolvedOptions: { value: () => base.resolvedOptions() },
  }) as Intl.DateTimeFormat;
}
