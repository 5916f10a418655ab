import { FormattedMessage } from "react-intl";
import { PasswordResetRequestBody } from "../../../../contracts/auth";
import { TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useRequestPasswordReset } from "../api/password-reset";

/** Asks for a link by e-mail; the answer reads the same whether the address has an account. */
export function ForgotPasswordForm() {
  const request = useRequestPasswordReset();
  const form = useContractForm(PasswordResetRequestBody, {
    defaultValues: { email: "" },
    words: { email: { required: "auth.forgot.emailMissing" } },
  });

  if (request.isSuccess) {
    return (
      <p className="alert alert-success" role="status">
        <FormattedMessage id="auth.forgot.sent" values={{ email: request.variables.email }} />
      </p>
    );
  }
  return (
    <form
      noValidate
      className="stack"
      onSubmit={form.submitWith((body) => request.mutate(body, { onError: form.showServerErrors }))}
    >
      <FormAlert error={request.error} />
      <TextField
        type="email"
        autoComplete="email"
        required
        label={<FormattedMessage id="field.email" />}
        {...form.field("email")}
      />
      <button type="submit" disabled={request.isPending}>
        <FormattedMessage id="auth.forgot.submit" />
      </button>
    </form>
  );
}
