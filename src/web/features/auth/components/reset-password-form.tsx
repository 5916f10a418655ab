import { FormattedMessage } from "react-intl";
import { Link } from "react-router";
import { PASSWORD_MIN_LENGTH, PasswordResetBody } from "../../../../contracts/auth";
import { isApiError } from "../../../shared/api/api-client";
import { TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useResetPassword } from "../api/password-reset";

/** Sets a new password with the mailed link's token; every session of the person ends. */
export function ResetPasswordForm({ token }: { token: string }) {
  const reset = useResetPassword();
  const form = useContractForm(PasswordResetBody, {
    defaultValues: { token, password: "" },
    words: { password: { required: "auth.reset.passwordMissing" } },
  });

  if (reset.isSuccess) {
    return (
      <p className="alert alert-success" role="status">
        <FormattedMessage
          id="auth.reset.done"
          values={{ link: (text) => <Link to="/login">{text}</Link> }}
        />
      </p>
    );
  }
  const isLinkDead = isApiError(reset.error, "password_reset_invalid");
  return (
    <form
      noValidate
      className="stack"
      onSubmit={form.submitWith((body) => reset.mutate(body, { onError: form.showServerErrors }))}
    >
      <FormAlert error={reset.error} />
      {isLinkDead ? (
        <p>
          <FormattedMessage
            id="auth.reset.askAgain"
            values={{ link: (text) => <Link to="/forgot-password">{text}</Link> }}
          />
        </p>
      ) : null}
      <TextField
        type="password"
        autoComplete="new-password"
        required
        label={<FormattedMessage id="auth.reset.newPassword" />}
        hint={
          <FormattedMessage id="auth.signup.passwordHint" values={{ count: PASSWORD_MIN_LENGTH }} />
        }
        {...form.field("password")}
      />
      <button type="submit" disabled={reset.isPending}>
        <FormattedMessage id="auth.reset.submit" />
      </button>
    </form>
  );
}
