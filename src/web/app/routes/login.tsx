import { FormattedMessage, useIntl } from "react-intl";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { useMe } from "../../features/auth/api/get-me";
import { LogInForm } from "../../features/auth/components/log-in-form";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { safeNextPath, withNext } from "./next-path";

export function LoginRoute() {
  const intl = useIntl();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"));
  useDocumentTitle(intl.formatMessage({ id: "auth.login.title" }));

  if (me.data) return <Navigate to={next} replace />;

  return (
    <div className="narrow stack">
      <h1>
        <FormattedMessage id="auth.login.title" />
      </h1>
      <p className="muted">
        <FormattedMessage id="auth.tagline" />
      </p>
      <LogInForm onSuccess={() => void navigate(next, { replace: true })} />
      <p>
        <FormattedMessage
          id="auth.login.forgot"
          values={{ link: (text) => <Link to="/forgot-password">{text}</Link> }}
        />
      </p>
      <p>
        <FormattedMessage
          id="auth.login.noAccount"
          values={{
            link: (text) => (
              <Link key="link" to={withNext("/signup", next)}>
                {text}
              </Link>
            ),
          }}
        />
      </p>
    </div>
  );
}
