import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Taxonomy } from "../../../shared/api/types";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { SelectField, TextField } from "../../../shared/components/fields";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useSaveCategory } from "../api/save-taxonomy-item";
import { localName } from "../taxonomy-names";
import { EMPTY_NAMES, NamesFields } from "./names-fields";

const NEW = "";

/** Adds a category or renames one, in all five languages at once. */
export function CategoryForm({ taxonomy }: { taxonomy: Taxonomy }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const save = useSaveCategory();
  const [editing, setEditing] = useState(NEW);
  const [id, setId] = useState("");
  const [names, setNames] = useState(EMPTY_NAMES);
  const [position, setPosition] = useState("0");
  const [savedName, setSavedName] = useState<string | null>(null);

  function choose(categoryId: string) {
    const category = taxonomy.categories.find((candidate) => candidate.id === categoryId);
    setEditing(categoryId);
    setId(category?.id ?? "");
    setNames(category?.names ?? EMPTY_NAMES);
    setPosition(String(category?.position ?? taxonomy.categories.length));
    setSavedName(null);
    save.reset();
  }

  return (
    <form
      noValidate
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { id: id.trim(), body: { names, position: Number(position) } },
          { onSuccess: () => setSavedName(localName(names, locale)) },
        );
      }}
    >
      <FormAlert
        error={save.error}
        success={
          savedName ? intl.formatMessage({ id: "taxonomy.saved" }, { name: savedName }) : null
        }
      />
      <SelectField
        label={<FormattedMessage id="taxonomy.category.choose" />}
        value={editing}
        onChange={(event) => choose(event.target.value)}
      >
        <option value={NEW}>{intl.formatMessage({ id: "taxonomy.category.new" })}</option>
        {taxonomy.categories.map((category) => (
          <option key={category.id} value={category.id}>
            {localName(category.names, locale)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={<FormattedMessage id="taxonomy.field.id" />}
        hint={<FormattedMessage id="taxonomy.field.id.hint" />}
        value={id}
        readOnly={editing !== NEW}
        required
        error={fieldError(save.error, "id")}
        onChange={(event) => setId(event.target.value)}
      />
      <NamesFields value={names} onChange={setNames} error={save.error} />
      <TextField
        type="number"
        min={0}
        label={<FormattedMessage id="taxonomy.field.position" />}
        value={position}
        error={fieldError(save.error, "position")}
        onChange={(event) => setPosition(event.target.value)}
      />
      <button type="submit" disabled={save.isPending}>
        <FormattedMessage id="taxonomy.category.save" />
      </button>
    </form>
  );
}
