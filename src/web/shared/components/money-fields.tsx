import { useMemo, type ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import { currentCurrencies } from "../../../domain/money/current-currencies";
import { useLocale } from "../i18n/locale-provider";
import { moneyInputExample } from "../lib/money";
import { SelectField, TextField } from "./fields";

/** Currencies offered first; every current ISO 4217 code Intl knows follows. */
const COMMON_CURRENCIES = ["EUR", "USD", "GBP", "CHF", "IDR", "CAD", "AUD", "JPY"];

function allCurrencies(): string[] {
  const known = currentCurrencies(Intl.supportedValuesOf("currency"));
  return [...COMMON_CURRENCIES, ...known.filter((code) => !COMMON_CURRENCIES.includes(code))];
}

/** Currency name in the reader's language, e.g. "euro" or "Euro". */
function useCurrencyNames(): (code: string) => string {
  const { locale } = useLocale();
  return useMemo(() => {
    const names = new Intl.DisplayNames(locale, { type: "currency" });
    return (code: string) => `${code} · ${names.of(code) ?? code}`;
  }, [locale]);
}

export function CurrencySelect({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id?: string;
  label: ReactNode;
  value: string;
  onChange: (currency: string) => void;
  error?: string | undefined;
}) {
  const nameOf = useCurrencyNames();
  const codes = useMemo(allCurrencies, []);
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    >
      {codes.map((code) => (
        <option key={code} value={code}>
          {nameOf(code)}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * A decimal amount typed in the reader's format; the form converts it to minor units of
 * `currency` when it is saved, and the hint shows the expected format.
 */
export function MoneyField({
  id,
  label,
  value,
  currency,
  onChange,
  error,
}: {
  id?: string;
  label: ReactNode;
  value: string;
  currency: string;
  onChange: (text: string) => void;
  error?: string | undefined;
}) {
  const { locale } = useLocale();
  return (
    <TextField
      id={id}
      label={label}
      value={value}
      inputMode="decimal"
      autoComplete="off"
      error={error}
      hint={
        <FormattedMessage
          id="money.field.hint"
          values={{ currency, example: moneyInputExample(currency, locale) }}
        />
      }
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
