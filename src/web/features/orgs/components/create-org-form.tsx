import { FormattedMessage } from "react-intl";
import type { OrgKind, Organisation } from "../../../shared/api/types";
import { CreateOrgBody } from "../../../../contracts/orgs";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
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
  const form = useContractForm(CreateOrgBody, {
    defaultValues: { name: "", kind: kind ?? "client" },
    words: { name: { required: "form.org.nameMissing" } },
  });
  const kindError = form.field("kind").error;

  return (
    <form
      noValidate
      className="stack"
      onSubmit={form.submitWith((body) =>
        createOrg.mutate(body, { onSuccess: onCreated, onError: form.showServerErrors }),
      )}
    >
      <FormAlert error={error} />
      <TextField
        required
        autoComplete="organization"
        label={<FormattedMessage id="org.field.name" />}
        {...form.field("name")}
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
              <input type="radio" value={value} {...form.register("kind")} />
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
