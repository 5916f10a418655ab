import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { IntlProvider } from "react-intl";
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
  // The shown catalogue: main.tsx loads the first one before rendering; a switch keeps the old
  // language on screen until the new one has arrived.
  const [shown, setShown] = useState<{ locale: Locale; messages: AppMessages } | undefined>(() => {
    const messages = loadedMessages(locale);
    return messages && { locale, messages };
  });

  useEffect(() => {
    let isCurrent = true;
    void loadMessages(locale).then((messages) => {
      if (isCurrent) setShown({ locale, messages });
    });
    return () => {
      isCurrent = false;
    };
  }, [locale]);

  // Set before children render, so their first requests already ask for this language.
  setApiLanguage(locale);

  useEffect(() => {
    if (shown) document.documentElement.lang = shown.locale;
  }, [shown]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);

  if (!shown) return null;
  return (
    <LocaleContext value={value}>
      <IntlProvider locale={shown.locale} defaultLocale={DEFAULT_LOCALE} messages={shown.messages}>
        {children}
      </IntlProvider>
    </LocaleContext>
  );
}

export function useLocale(): LocaleContextValue {
  const value = use(LocaleContext);
  if (!value) throw new Error("useLocale must be used inside <LocaleProvider>");
  return value;
}
