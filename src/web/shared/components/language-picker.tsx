import { useMemo, type ReactNode } from "react";
import { useLocale } from "../i18n/locale-provider";

/** Working languages offered as choices: the five of the interface first, then common ones. */
const LANGUAGES = ["en", "fr", "de", "es", "id", "it", "nl", "pt", "pl", "ar", "zh", "ja"];

/**
 * Languages as checkboxes, named in the reader's language. The order of `value` is the order
 * in which they were ticked, so the first one can count as the first choice.
 */
export function LanguagePicker({
  id,
  legend,
  hint,
  value,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  value: string[];
  onChange: (languages: string[]) => void;
}) {
  const nameOf = useLanguageName();
  const codes = [...LANGUAGES, ...value.filter((code) => !LANGUAGES.includes(code))];
  return (
    <fieldset className="field" id={id}>
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <div className="choice-grid">
        {codes.map((code) => (
          <label key={code} className="choice">
            <input
              type="checkbox"
              checked={value.includes(code)}
              onChange={(event) =>
                onChange(event.target.checked ? [...value, code] : value.filter((c) => c !== code))
              }
            />
            <span lang={code}>{nameOf(code)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Language codes as names in the reader's language, joined as a list. */
export function useLanguageList(): (codes: readonly string[]) => string {
  const { locale } = useLocale();
  return useMemo(() => {
    const names = new Intl.DisplayNames(locale, { type: "language" });
    const list = new Intl.ListFormat(locale, { type: "conjunction" });
    return (codes: readonly string[]) => list.format(codes.map((code) => names.of(code) ?? code));
  }, [locale]);
}

/** A language code's name in the reader's language: "fr" reads "French" in English. */
export function useLanguageName(): (code: string) => string {
  const { locale } = useLocale();
  return useMemo(() => {
    const names = new Intl.DisplayNames(locale, { type: "language" });
    return (code: string) => names.of(code) ?? code;
  }, [locale]);
}
