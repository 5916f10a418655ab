import { formattingLocale } from "../../../i18n/date-format";
import type { Locale } from "../../../i18n/locales";

/**
 * The browser's first Intl calls in a language are slow: the list of locales it supports
 * (which react-intl's `createIntl` asks for), then the language's calendar, number and plural
 * data. On a phone that is tens of milliseconds, which used to fall in one long task inside
 * React's first render, after the code and data had arrived. Asked for while the app's code
 * is still downloading, one piece per task, the same work fills time the main thread would
 * otherwise spend waiting, and later calls find it cached.
 */
export function warmIntl(language: Locale): void {
  const locale = formattingLocale(language, navigator.languages);
  const steps = [
    () => Intl.NumberFormat.supportedLocalesOf(locale),
    () => Intl.DateTimeFormat.supportedLocalesOf(locale),
    () => new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" }),
    () => new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }),
    () => new Intl.PluralRules(locale),
  ];
  const next = (index: number) => {
    const step = steps[index];
    if (!step) return;
    setTimeout(() => {
      step();
      next(index + 1);
    }, 0);
  };
  next(0);
}
