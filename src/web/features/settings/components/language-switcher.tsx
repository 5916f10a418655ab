import { FormattedMessage } from "react-intl";
import { LOCALES, LOCALE_NAMES, isLocale } from "../../../../i18n/locales";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useUpdateMe } from "../api/update-me";

/**
 * Switches the interface language at once. Signed-in users keep the choice on their account
 * (so e-mails follow it too); everyone keeps it on this device.
 */
export function LanguageSwitcher({ isSignedIn }: { isSignedIn: boolean }) {
  const { locale, setLocale } = useLocale();
  const updateMe = useUpdateMe();

  return (
    <div className="language-switcher">
      <label htmlFor="language-switcher">
        <FormattedMessage id="locale.switcher.label" />
      </label>
      <select
        id="language-switcher"
        value={locale}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next)) return;
          setLocale(next);
          if (isSignedIn) updateMe.mutate({ locale: next });
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
