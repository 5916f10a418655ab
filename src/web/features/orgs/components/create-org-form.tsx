import { FormattedMessage } from "react-intl";
import type { OrgKind, Organisation } from "../../../shared/api/types";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { TextField, formText } from "../../../shared/components/fields";
import { ORG_KIND_LABELS } from "../../../shared/i18n/labels";
import { useCreateOrg } from "../api/create-org";

const KIND_HINTS = {
  client: "org.create.kind.client.hint",
  provider: "org.create.kind.provider.hint",
} as const;

const KINDS: OrgKind[] = ["client", "provider"];

/**
 * Creates an organisation. With `kind` set, the side is already decided (an engagement
 * invitation needs one of the opposite kind) and only the name is asked.
 */
export function CreateOrgForm({
  kind,
  onCreated,
}: {
  kind?: OrgKind;
  onCreated: (org: Organisation) => void;
}) {
  const createOrg = useCreateOrg();
  const { error } = createOrg;
  const kindError = fieldError(error, "kind");

  return (
    <form
      noValidate
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const chosenKind = kind ?? (formText(data, "kind") as OrgKind);
        createOrg.mutate(
          { name: formText(data, "name"), kind: chosenKind },
          { onSuccess: onCreated },
        );
      }}
    >
      <FormAlert error={error} />
      <TextField
        name="name"
        required
        autoComplete="organization"
        label={<FormattedMessage id="org.field.name" />}
        error={fieldError(error, "name")}
      />
      {kind ? null : (
        <fieldset
          className={kindError ? "field field-invalid" : "field"}
          aria-describedby={kindError ? "org-kind-error" : undefined}
        >
          <legend>
            <FormattedMessage id="org.field.kind" />
          </legend>
          {KINDS.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="kind" value={value} defaultChecked={value === "client"} />
              <span>
                <strong>
                  <FormattedMessage id={ORG_KIND_LABELS[value]} />
                </strong>
                <span className="muted">
                  {" "}
                  <FormattedMessage id={KIND_HINTS[value]} />
                </span>
              </span>
            </label>
          ))}
          {kindError ? (
            <p className="field-error" id="org-kind-error">
              {kindError}
            </p>
          ) : null}
        </fieldset>
      )}
      <button type="submit" disabled={createOrg.isPending}>
        <FormattedMessage id="org.create.submit" />
      </button>
    </form>
  );
}
