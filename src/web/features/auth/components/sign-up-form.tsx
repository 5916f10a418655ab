import { FormattedMessage } from "react-intl";
import { PASSWORD_MIN_LENGTH, SignUpBody } from "../../../../contracts/auth";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useSignUp } from "../api/sign-up";

export function SignUpForm({ onSuccess }: { onSuccess: () => void }) {
  const signUp = useSignUp();
  const { locale } = useLocale();
  const form = useContractForm(SignUpBody, {
    defaultValues: { name: "", email: "", password: "" },
    words: {
      name: { required: "form.signup.nameMissing" },
      email: { required: "form.signup.emailMissing" },
      password: { required: "form.signup.passwordMissing" },
    },
  });

  return (
    <form
      noValidate
      className="stack"
      onSubmit={form.submitWith((body) =>
        // The language chosen on this page becomes the account's language.
        signUp.mutate({ ...body, locale }, { onSuccess, onError: form.showServerErrors }),
      )}
    >
      <FormAlert error={signUp.error} />
      <TextField
        autoComplete="name"
        required
        label={<FormattedMessage id="field.name" />}
        {...form.field("name")}
      />
      <TextField
        type="email"
        autoComplete="email"
        required
        label={<FormattedMessage id="field.email" />}
        {...form.field("email")}
      />
      <TextField
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        label={<FormattedMessage id="field.password" />}
        hint={
          <FormattedMessage id="auth.signup.passwordHint" values={{ count: PASSWORD_MIN_LENGTH }} />
        }
        {...form.field("password")}
      />
      <button type="submit" disabled={signUp.isPending}>
        <FormattedMessage id="auth.signup.submit" />
      </button>
    </form>
  );
}
