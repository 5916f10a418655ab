import { FormattedMessage } from "react-intl";
import { PASSWORD_MIN_LENGTH } from "../../../../contracts/auth";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { TextField, formText } from "../../../shared/components/fields";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useSignUp } from "../api/sign-up";

export function SignUpForm({ onSuccess }: { onSuccess: () => void }) {
  const signUp = useSignUp();
  const { locale } = useLocale();
  const { error } = signUp;

  return (
    <form
      noValidate
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        signUp.mutate(
          {
            name: formText(data, "name"),
            email: formText(data, "email"),
            password: formText(data, "password"),
            // The language chosen on this page becomes the account's language.
            locale,
          },
          { onSuccess },
        );
      }}
    >
      <FormAlert error={error} />
      <TextField
        name="name"
        autoComplete="name"
        required
        label={<FormattedMessage id="field.name" />}
        error={fieldError(error, "name")}
      />
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
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        label={<FormattedMessage id="field.password" />}
        hint={
          <FormattedMessage id="auth.signup.passwordHint" values={{ count: PASSWORD_MIN_LENGTH }} />
        }
        error={fieldError(error, "password")}
      />
      <button type="submit" disabled={signUp.isPending}>
        <FormattedMessage id="auth.signup.submit" />
      </button>
    </form>
  );
}
