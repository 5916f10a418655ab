import { FormattedMessage } from "react-intl";
import { LogInBody } from "../../../../contracts/auth";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useLogIn } from "../api/log-in";

export function LogInForm({ onSuccess }: { onSuccess: () => void }) {
  const logIn = useLogIn();
  const form = useContractForm(LogInBody, {
    defaultValues: { email: "", password: "" },
    words: {
      email: { required: "form.login.emailMissing" },
      password: { required: "form.login.passwordMissing" },
    },
  });

  return (
    <form
      noValidate
      className="stack"
      onSubmit={form.submitWith((body) =>
        logIn.mutate(body, { onSuccess, onError: form.showServerErrors }),
      )}
    >
      <FormAlert error={logIn.error} />
      <TextField
        type="email"
        autoComplete="email"
        required
        label={<FormattedMessage id="field.email" />}
        {...form.field("email")}
      />
      <TextField
        type="password"
        autoComplete="current-password"
        required
        label={<FormattedMessage id="field.password" />}
        {...form.field("password")}
      />
      <button type="submit" disabled={logIn.isPending}>
        <FormattedMessage id="auth.login.submit" />
      </button>
    </form>
  );
}
