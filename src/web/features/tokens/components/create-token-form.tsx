import { useState } from "react";
import { FormattedMessage } from "react-intl";
import { TOKEN_SCOPES } from "../../../../contracts/tokens";
import type { CreatedApiToken, TokenScope } from "../../../shared/api/types";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { TextField, formText } from "../../../shared/components/fields";
import { useCreateToken } from "../api/create-token";
import { TOKEN_SCOPE_LABELS } from "../token-scope-labels";
import { CreatedToken } from "./created-token";

export function CreateTokenForm({ orgId }: { orgId: string }) {
  const createToken = useCreateToken();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const { error } = createToken;
  const scopesError =
    fieldError(error, "scopes") ??
    TOKEN_SCOPES.map((_, index) => fieldError(error, `scopes.${index}`)).find(Boolean);

  return (
    <div className="stack">
      {created ? <CreatedToken token={created} onDone={() => setCreated(null)} /> : null}
      <form
        noValidate
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const data = new FormData(form);
          const days = formText(data, "expiresInDays").trim();
          setCreated(null);
          createToken.mutate(
            {
              orgId,
              name: formText(data, "name"),
              scopes: data.getAll("scopes").map(String) as TokenScope[],
              // An unparsable number is sent as is, so the server names the field.
              ...(days ? { expiresInDays: Number(days) } : {}),
            },
            {
              onSuccess: (token) => {
                setCreated(token);
                form.reset();
              },
            },
          );
        }}
      >
        <FormAlert error={error} />
        <TextField
          name="name"
          required
          autoComplete="off"
          label={<FormattedMessage id="tokens.field.name" />}
          error={fieldError(error, "name")}
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
              <input
                type="checkbox"
                name="scopes"
                value={scope}
                defaultChecked={scope === "engagements:read"}
              />
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
          name="expiresInDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={730}
          label={<FormattedMessage id="tokens.field.expiresInDays" />}
          hint={<FormattedMessage id="tokens.field.expiresInDays.hint" />}
          error={fieldError(error, "expiresInDays")}
        />
        <button type="submit" disabled={createToken.isPending}>
          <FormattedMessage id="tokens.create.submit" />
        </button>
      </form>
    </div>
  );
}
