import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { NOTIFIED_EVENT_TYPES } from "../../../../domain/notifications/notification-types";
import type { NotificationPreferences } from "../../../shared/api/types";
import { UpdateNotificationPreferencesBody } from "../../../../contracts/notifications";
import { FormAlert } from "../../../shared/components/form-alert";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useNotificationPreferences } from "../api/get-notification-preferences";
import { useUpdateNotificationPreferences } from "../api/update-notification-preferences";
import { EMAIL_PREFERENCE_LABELS } from "../email-preference-labels";
import { readEmailPreferences, type EmailPreferencesValues } from "../settings-form-state";

/**
 * One switch per notified event type: which events also reach the person by e-mail. The app
 * tells them of every event whatever they choose here.
 */
export function EmailPreferences() {
  const preferences = useNotificationPreferences();
  if (preferences.isPending) return <Loading />;
  if (preferences.isError) {
    return <QueryError error={preferences.error} onRetry={() => void preferences.refetch()} />;
  }
  return <EmailPreferencesForm preferences={preferences.data} />;
}

function EmailPreferencesForm({ preferences }: { preferences: NotificationPreferences }) {
  const intl = useIntl();
  const update = useUpdateNotificationPreferences();
  const [isSaved, setIsSaved] = useState(false);
  // Every e-mail is on until turned off: a type the server did not list counts as on.
  const isOff = new Set(
    preferences.preferences.filter((p) => !p.isEmailEnabled).map((p) => p.type),
  );
  const form = useContractForm<typeof UpdateNotificationPreferencesBody, EmailPreferencesValues>(
    UpdateNotificationPreferencesBody,
    {
      defaultValues: { emailTypes: NOTIFIED_EVENT_TYPES.filter((type) => !isOff.has(type)) },
      read: readEmailPreferences,
    },
  );

  return (
    <form
      noValidate
      className="stack"
      onSubmit={form.submitWith((body) => {
        setIsSaved(false);
        update.mutate(body, {
          onSuccess: () => setIsSaved(true),
          onError: form.showServerErrors,
        });
      })}
    >
      <FormAlert
        error={update.error}
        success={isSaved ? intl.formatMessage({ id: "settings.emails.saved" }) : null}
      />
      <fieldset className="field">
        <legend>
          <FormattedMessage id="settings.emails.legend" />
        </legend>
        {NOTIFIED_EVENT_TYPES.map((type) => (
          <label key={type} className="choice">
            <input type="checkbox" value={type} {...form.register("emailTypes")} />
            <span>
              <FormattedMessage id={EMAIL_PREFERENCE_LABELS[type]} />
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={update.isPending}>
        <FormattedMessage id="settings.emails.submit" />
      </button>
    </form>
  );
}
