import { FormattedMessage } from "react-intl";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { TextField, formText } from "../../../shared/components/fields";
import { useLogIn } from "../api/log-in";

export function LogInForm({ onSuccess }: { onSuccess: () => void }) {
  const logIn = useLogIn();
  const { error } = logIn;

  return (
    <form
      noValidate
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        logIn.mutate(
          { email: formText(data, "email"), password: formText(data, "password") },
          { onSuccess },
        );
      }}
    >
      <FormAlert error={error} />
      <TextField
        name="email"
        type="email"
        autoComplete="email"
        required
        label={<FormattedMessage id="field.email" />}
        error={fieldError(error, "email")}
      />
      <TextField
        name="password"
        type="password"
        autoComplete="current-password"
        required
        label={<FormattedMessage id="field.password" />}
        error={fieldError(error, "password")}
      />
      <button type="submit" disabled={logIn.isPending}>
        <FormattedMessage id="auth.login.submit" />
      </button>
    </form>
  );
}
