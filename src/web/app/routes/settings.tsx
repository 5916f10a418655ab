import { FormattedMessage, useIntl } from "react-intl";
import { useMe } from "../../features/auth/api/get-me";
import { useLogOutEverywhere } from "../../features/auth/api/log-out-all";
import { EmailPreferences } from "../../features/settings/components/email-preferences";
import { SettingsForm } from "../../features/settings/components/settings-form";
import { FormAlert } from "../../shared/components/form-alert";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { useOneAtATime } from "../../shared/forms/use-one-at-a-time";

export function SettingsRoute() {
  const oneAtATime = useOneAtATime();
  const intl = useIntl();
  const me = useMe();
  const logOutEverywhere = useLogOutEverywhere();
  useDocumentTitle(intl.formatMessage({ id: "settings.title" }));
  if (!me.data) return null;
  const { user } = me.data;

  return (
    <div className="narrow stack-lg">
      <h1>
        <FormattedMessage id="settings.title" />
      </h1>
      <section aria-labelledby="profile-title" className="stack">
        <h2 id="profile-title">
          <FormattedMessage id="settings.profile.title" />
        </h2>
        {/* Re-mount when the language changes elsewhere so the form shows the stored value. */}
        <SettingsForm key={`${user.id}-${user.locale ?? ""}`} user={user} />
      </section>
      <section aria-labelledby="email-preferences-title" className="stack">
        <h2 id="email-preferences-title">
          <FormattedMessage id="settings.emails.title" />
        </h2>
        <p className="muted">
          <FormattedMessage id="settings.emails.intro" />
        </p>
        <EmailPreferences />
      </section>
      <section aria-labelledby="sessions-title" className="card stack">
        <h2 id="sessions-title">
          <FormattedMessage id="settings.sessions.title" />
        </h2>
        <p>
          <FormattedMessage id="settings.sessions.body" />
        </p>
        <FormAlert error={logOutEverywhere.error} />
        <button
          type="button"
          className="button-secondary align-start"
          disabled={logOutEverywhere.isPending}
          onClick={() => oneAtATime(() => logOutEverywhere.mutate())}
        >
          <FormattedMessage id="account.logOutAll" />
        </button>
      </section>
    </div>
  );
}
