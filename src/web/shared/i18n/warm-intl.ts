import { formattingLocale } from "../../../i18n/date-format";
import type { Locale } from "../../../i18n/locales";

/**
 * The browser's first Intl calls in a language are slow: the first of all starts ICU (30–130
 * ms of CPU on this project's loaded test machine; the list of locales that react-intl's
 * `createIntl` asks for), then the language's calendar, number and plural data. Made inside
 * React's first render, that was one long task after the code and data had arrived. Made here,
 * in the entry's own task while the app's code is still downloading, the same work fills time
 * the main thread would otherwise spend waiting, long before anything is drawn, and later calls
 * find it cached. Not spread over timers: a timer's task could run after Lighthouse's simulated
 * first paint, which counts it as blocking time (it ended after it in 5 of 6 runs measured, the largest
 * such task); before anything is drawn there is nothing for it to block.
 */
export function warmIntl(language: Locale): void {
  const locale = formattingLocale(language, navigator.languages);
  // Called through a list: the bundler would drop the bare calls, whose results go unused.
  const steps = [
    () => Intl.NumberFormat.supportedLocalesOf(locale),
    () => Intl.DateTimeFormat.supportedLocalesOf(locale),
    () => new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" }),
    () => new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }),
    () => new Intl.PluralRules(locale),
  ];
  for (const step of steps) step();
}
