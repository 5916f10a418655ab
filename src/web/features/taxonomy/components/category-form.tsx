import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Taxonomy } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { SelectField, TextField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatNumberInput } from "../../../shared/lib/money";
import { useSaveCategory } from "../api/save-taxonomy-item";
import {
  CategoryForm as CategoryFormBody,
  EMPTY_NAMES,
  TAXONOMY_WORDS,
  readCategory,
  type CategoryValues,
} from "../taxonomy-form-state";
import { localName } from "../taxonomy-names";
import { NamesFields } from "./names-fields";

const NEW = "";

/** Adds a category or renames one, in all five languages at once. */
export function CategoryForm({ taxonomy }: { taxonomy: Taxonomy }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const save = useSaveCategory();
  const valuesOf = (categoryId: string): CategoryValues => {
    const category = taxonomy.categories.find((candidate) => candidate.id === categoryId);
    return {
      id: category?.id ?? "",
      names: category?.names ?? EMPTY_NAMES,
      position: formatNumberInput(category?.position ?? taxonomy.categories.length, locale),
    };
  };
  const form = useContractForm<typeof CategoryFormBody, CategoryValues>(CategoryFormBody, {
    defaultValues: valuesOf(NEW),
    words: TAXONOMY_WORDS,
    read: readCategory,
  });
  const [editing, setEditing] = useState(NEW);
  const [savedName, setSavedName] = useState<string | null>(null);

  function choose(categoryId: string) {
    setEditing(categoryId);
    form.reset(valuesOf(categoryId));
    setSavedName(null);
    save.reset();
  }

  return (
    <form
      noValidate
      className="stack"
      onSubmit={form.submitWith(({ id, ...body }) =>
        save.mutate(
          { id, body },
          {
            onSuccess: () => setSavedName(localName(body.names, locale)),
            onError: form.showServerErrors,
          },
        ),
      )}
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
        readOnly={editing !== NEW}
        required
        {...form.field("id")}
      />
      <NamesFields fieldOf={(code) => form.field(`names.${code}`)} />
      <TextField
        type="number"
        min={0}
        label={<FormattedMessage id="taxonomy.field.position" />}
        {...form.field("position")}
      />
      <button type="submit" disabled={save.isPending}>
        <FormattedMessage id="taxonomy.category.save" />
      </button>
    </form>
  );
}
