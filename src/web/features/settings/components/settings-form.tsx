import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { UpdateMeBody } from "../../../../contracts/auth";
import { LOCALES, LOCALE_NAMES } from "../../../../i18n/locales";
import type { User } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { SelectField, TextField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useUpdateMe } from "../api/update-me";
import { SETTINGS_WORDS } from "../settings-form-state";

export function SettingsForm({ user }: { user: User }) {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  const updateMe = useUpdateMe();
  const form = useContractForm(UpdateMeBody, {
    defaultValues: { name: user.name, locale: user.locale ?? locale },
    words: SETTINGS_WORDS,
  });
  const [isSaved, setIsSaved] = useState(false);
  const { error } = updateMe;

  return (
    <form
      noValidate
      className="stack"
      onSubmit={form.submitWith((body) => {
        setIsSaved(false);
        updateMe.mutate(body, {
          onSuccess: (me) => {
            setIsSaved(true);
            if (me.user.locale) setLocale(me.user.locale);
          },
          onError: form.showServerErrors,
        });
      })}
    >
      <FormAlert
        error={error}
        success={isSaved ? intl.formatMessage({ id: "settings.saved" }) : null}
      />
      <TextField
        required
        autoComplete="name"
        label={<FormattedMessage id="field.name" />}
        {...form.field("name")}
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
        label={<FormattedMessage id="settings.field.locale" />}
        hint={<FormattedMessage id="settings.field.locale.hint" />}
        {...form.field("locale")}
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
