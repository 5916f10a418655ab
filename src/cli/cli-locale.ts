import type { Locale } from "../i18n/locales";

/** The operator's language from LC_ALL, LC_MESSAGES or LANG (`fr_FR.UTF-8` → fr). */
export async function cliLocale(env: NodeJS.ProcessEnv = process.env): Promise<Locale> {
  const { DEFAULT_LOCALE, isLocale } = await import("../i18n/locales");
  const tag = (env.LC_ALL || env.LC_MESSAGES || env.LANG || "").slice(0, 2).toLowerCase();
  return isLocale(tag) ? tag : DEFAULT_LOCALE;
}
