import { useState } from "react";
import { FormattedMessage } from "react-intl";
import { TOKEN_SCOPES } from "../../../../contracts/tokens";
import type { CreatedApiToken } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useCreateToken } from "../api/create-token";
import {
  CREATE_TOKEN_WORDS,
  CreateTokenForm as CreateTokenContract,
  readCreateToken,
  type CreateTokenValues,
} from "../create-token-form-state";
import { TOKEN_SCOPE_LABELS } from "../token-scope-labels";
import { CreatedToken } from "./created-token";

const DEFAULT_VALUES: CreateTokenValues = {
  name: "",
  scopes: ["engagements:read"],
  expiresInDays: "",
};

export function CreateTokenForm({ orgId }: { orgId: string }) {
  const createToken = useCreateToken();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const form = useContractForm<typeof CreateTokenContract, CreateTokenValues>(CreateTokenContract, {
    defaultValues: DEFAULT_VALUES,
    words: CREATE_TOKEN_WORDS,
    read: readCreateToken,
  });
  const scopesError =
    form.errorOf("scopes") ??
    TOKEN_SCOPES.map((_, index) => form.errorOf(`scopes.${index}`)).find(Boolean);

  return (
    <div className="stack">
      {created ? <CreatedToken token={created} onDone={() => setCreated(null)} /> : null}
      <form
        noValidate
        className="stack"
        onSubmit={(event) => {
          setCreated(null);
          form.submitWith((body) =>
            createToken.mutate(
              { orgId, ...body },
              {
                onSuccess: (token) => {
                  setCreated(token);
                  form.reset(DEFAULT_VALUES);
                },
                onError: form.showServerErrors,
              },
            ),
          )(event);
        }}
      >
        <FormAlert error={createToken.error} />
        <TextField
          required
          autoComplete="off"
          label={<FormattedMessage id="tokens.field.name" />}
          {...form.field("name")}
        />
        <fieldset
          className={scopesError ? "field field-invalid" : "field"}
          aria-describedby={scopesError ? "token-scopes-error" : undefined}
        >
          <legend>
            <FormattedMessage id="tokens.field.scopes" />
          </legend>
          {TOKEN_SCOPES.map((scope) => (
            <label key={scope} className="choice">
              <input type="checkbox" value={scope} {...form.register("scopes")} />
              <span>
                <FormattedMessage id={TOKEN_SCOPE_LABELS[scope]} /> <code>{scope}</code>
              </span>
            </label>
          ))}
          {scopesError ? (
            <p className="field-error" id="token-scopes-error">
              {scopesError}
            </p>
          ) : null}
        </fieldset>
        <TextField
          type="number"
          inputMode="numeric"
          min={1}
          max={730}
          label={<FormattedMessage id="tokens.field.expiresInDays" />}
          hint={<FormattedMessage id="tokens.field.expiresInDays.hint" />}
          {...form.field("expiresInDays")}
        />
        <button type="submit" disabled={createToken.isPending}>
          <FormattedMessage id="tokens.create.submit" />
        </button>
      </form>
    </div>
  );
}
