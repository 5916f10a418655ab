import { FormattedMessage } from "react-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { LOCALES, type Locale } from "../../../../i18n/locales";
import { TextField } from "../../../shared/components/fields";
import { useLanguageName } from "../../../shared/components/language-picker";

/** One name per interface language, each field tagged with its language. */
export function NamesFields({
  fieldOf,
}: {
  /** The form's registration of `names.<code>`, with its message. */
  fieldOf: (code: Locale) => UseFormRegisterReturn & { error: string | undefined };
}) {
  const languageName = useLanguageName();
  return (
    <div className="form-grid">
      {LOCALES.map((code) => (
        <TextField
          key={code}
          lang={code}
          required
          maxLength={120}
          label={
            <FormattedMessage id="taxonomy.field.name" values={{ language: languageName(code) }} />
          }
          {...fieldOf(code)}
        />
      ))}
    </div>
  );
}
