import { FormattedMessage } from "react-intl";
import { LOCALES } from "../../../../i18n/locales";
import type { LocalisedNames } from "../../../shared/api/types";
import { fieldError } from "../../../shared/components/form-alert";
import { TextField } from "../../../shared/components/fields";
import { useLanguageName } from "../../../shared/components/language-picker";

export const EMPTY_NAMES: LocalisedNames = { en: "", fr: "", de: "", es: "", id: "" };

/** One name per interface language, each field tagged with its language. */
export function NamesFields({
  value,
  onChange,
  error,
}: {
  value: LocalisedNames;
  onChange: (names: LocalisedNames) => void;
  error: unknown;
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
          value={value[code]}
          error={fieldError(error, `names.${code}`)}
          onChange={(event) => onChange({ ...value, [code]: event.target.value })}
        />
      ))}
    </div>
  );
}
