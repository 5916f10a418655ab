import { FormattedMessage, useIntl } from "react-intl";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { useMe } from "../../features/auth/api/get-me";
import { SignUpForm } from "../../features/auth/components/sign-up-form";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { safeNextPath, withNext } from "./next-path";

export function SignupRoute() {
  const intl = useIntl();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"));
  useDocumentTitle(intl.formatMessage({ id: "auth.signup.title" }));

  if (me.data) return <Navigate to={next} replace />;

  return (
    <div className="narrow stack">
      <h1>
        <FormattedMessage id="auth.signup.title" />
      </h1>
      <p className="muted">
        <FormattedMessage id="auth.tagline" />
      </p>
      <SignUpForm onSuccess={() => void navigate(next, { replace: true })} />
      <p>
        <FormattedMessage
          id="auth.signup.haveAccount"
          values={{
            link: (text) => (
              <Link key="link" to={withNext("/login", next)}>
                {text}
              </Link>
            ),
          }}
        />
      </p>
    </div>
  );
}
