import { FormattedMessage, useIntl } from "react-intl";
import { useParams } from "react-router";
import { ResetPasswordForm } from "../../features/auth/components/reset-password-form";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

export function ResetPasswordRoute() {
  const intl = useIntl();
  const { token = "" } = useParams();
  useDocumentTitle(intl.formatMessage({ id: "auth.reset.title" }));
  return (
    <div className="narrow stack">
      <h1>
        <FormattedMessage id="auth.reset.title" />
      </h1>
      <p className="muted">
        <FormattedMessage id="auth.reset.intro" />
      </p>
      <ResetPasswordForm token={token} />
    </div>
  );
}
