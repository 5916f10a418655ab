import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { LOCALES, LOCALE_NAMES, isLocale } from "../../../../i18n/locales";
import type { User } from "../../../shared/api/types";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { SelectField, TextField, formText } from "../../../shared/components/fields";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useUpdateMe } from "../api/update-me";

export function SettingsForm({ user }: { user: User }) {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  const updateMe = useUpdateMe();
  const [isSaved, setIsSaved] = useState(false);
  const { error } = updateMe;

  return (
    <form
      noValidate
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const chosen = formText(data, "locale");
        setIsSaved(false);
        updateMe.mutate(
          { name: formText(data, "name"), ...(isLocale(chosen) ? { locale: chosen } : {}) },
          {
            onSuccess: (me) => {
              setIsSaved(true);
              if (me.user.locale) setLocale(me.user.locale);
            },
          },
        );
      }}
    >
      <FormAlert
        error={error}
        success={isSaved ? intl.formatMessage({ id: "settings.saved" }) : null}
      />
      <TextField
        name="name"
        required
        autoComplete="name"
        defaultValue={user.name}
        label={<FormattedMessage id="field.name" />}
        error={fieldError(error, "name")}
      />
      <TextField
        name="email"
        type="email"
        readOnly
        value={user.email}
        label={<FormattedMessage id="field.email" />}
        hint={<FormattedMessage id="settings.email.hint" />}
      />
      <SelectField
        name="locale"
        defaultValue={user.locale ?? locale}
        label={<FormattedMessage id="settings.field.locale" />}
        hint={<FormattedMessage id="settings.field.locale.hint" />}
        error={fieldError(error, "locale")}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </SelectField>
      <button type="submit" disabled={updateMe.isPending}>
        <FormattedMessage id="settings.submit" />
      </button>
    </form>
  );
}
