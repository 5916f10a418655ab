import { FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import { ForgotPasswordForm } from "../../features/auth/components/forgot-password-form";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

export function ForgotPasswordRoute() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "auth.forgot.title" }));
  return (
    <div className="narrow stack">
      <h1>
        <FormattedMessage id="auth.forgot.title" />
      </h1>
      <p className="muted">
        <FormattedMessage id="auth.forgot.intro" />
      </p>
      <ForgotPasswordForm />
      <p>
        <FormattedMessage
          id="auth.forgot.backToLogin"
          values={{ link: (text) => <Link to="/login">{text}</Link> }}
        />
      </p>
    </div>
  );
}
