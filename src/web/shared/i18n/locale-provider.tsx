import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import {
  createIntl,
  createIntlCache,
  RawIntlProvider,
  ReactIntlErrorCode,
  type IntlConfig,
  type IntlShape,
} from "react-intl";
import { formatDate, formatDateToParts, formattingLocale } from "../../../i18n/date-format";
import { DEFAULT_LOCALE, type Locale } from "../../../i18n/locales";
import { setApiLanguage } from "../api/api-client";
import { detectInitialLocale, storeLocale } from "./detect-locale";
import { loadedMessages, loadMessages, type AppMessages } from "./messages";

interface LocaleContextValue {
  locale: Locale;
  /** Switches the interface language and remembers it on this device. */
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(detectInitialLocale);
  // The shown catalogue: main.tsx loads the first screen's part before rendering (pages beyond
  // it wait for the rest, which fills the same object); a switch keeps the old language on
  // screen until the new one has arrived whole.
  const [shown, setShown] = useState<Shown | undefined>(() => {
    const messages = loadedMessages(locale);
    return messages && { locale, messages };
  });

  useEffect(() => {
    if (shown?.locale === locale) return;
    let isCurrent = true;
    void loadMessages(locale).then((messages) => {
      if (isCurrent) setShown({ locale, messages });
    });
    return () => {
      isCurrent = false;
    };
    // `shown` only tells whether this language is on screen already: this effect changes it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale]);

  // A key the first screen's part lacks (a rule of `catalogue-parts.ts` that missed it): draw
  // again, once, with the whole catalogue rather than leave the key on screen.
  const onMissingKey = useCallback((language: Locale) => {
    if (repaired.has(language)) return;
    repaired.add(language);
    void loadMessages(language).then((messages) =>
      setShown((previous) =>
        previous?.locale === language ? { locale: language, messages } : previous,
      ),
    );
  }, []);

  // Set before children render, so their first requests already ask for this language.
  setApiLanguage(locale);

  useEffect(() => {
    // Unchanged when the page came in this language: setting it anew restyles the whole page.
    if (shown && document.documentElement.lang !== shown.locale)
      document.documentElement.lang = shown.locale;
  }, [shown]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  const intl = useMemo(
    () => shown && intlFor(shown.locale, shown.messages, () => onMissingKey(shown.locale)),
    [shown, onMissingKey],
  );

  if (!intl) return null;
  return (
    <LocaleContext value={value}>
      <RawIntlProvider value={intl}>{children}</RawIntlProvider>
    </LocaleContext>
  );
}

interface Shown {
  locale: Locale;
  messages: AppMessages;
}

/** Languages drawn again with their whole catalogue after a missing key: once is enough. */
const repaired = new Set<Locale>();

const cache = createIntlCache();

/**
 * The catalogue of the language, written in the reader's region (`en-GB` or `en-US` from the
 * browser's languages), with dates through Accord's own formatter for the French "1er".
 */
function intlFor(language: Locale, messages: AppMessages, onMissingKey: () => void): IntlShape {
  const browser = typeof navigator === "undefined" ? [] : navigator.languages;
  const locale = formattingLocale(language, browser);
  const onError: NonNullable<IntlConfig["onError"]> = (error) => {
    if (error.code === ReactIntlErrorCode.MISSING_TRANSLATION) onMissingKey();
    // As react-intl does by default: said while developing, silent in production.
    else if (process.env.NODE_ENV !== "production") console.error(error);
  };
  // Strings or syntax trees, never a mix (see `CatalogueMessage`): react-intl takes either.
  const catalogue = messages as IntlConfig["messages"];
  const intl = createIntl(
    { locale, defaultLocale: DEFAULT_LOCALE, messages: catalogue, onError },
    cache,
  );
  const dateOf = (value: Date | number | string | undefined) =>
    typeof value === "string" ? new Date(value) : (value ?? Date.now());
  return {
    ...intl,
    formatDate: (value, options) => {
      const date = dateOf(value);
      // An invalid date goes to react-intl, which reports it instead of throwing.
      if (Number.isNaN(Number(date))) return intl.formatDate(value, options);
      return formatDate(locale, date, { ...options });
    },
    formatDateToParts: (value, options) => {
      const date = dateOf(value);
      if (Number.isNaN(Number(date))) return intl.formatDateToParts(value, options);
      return formatDateToParts(locale, date, { ...options });
    },
  };
}

export function useLocale(): LocaleContextValue {
  const value = use(LocaleContext);
  if (!value) throw new Error("useLocale must be used inside <LocaleProvider>");
  return value;
}
