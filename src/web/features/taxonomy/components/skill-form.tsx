import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Taxonomy } from "../../../shared/api/types";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { SelectField, TextField } from "../../../shared/components/fields";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useSaveSkill } from "../api/save-taxonomy-item";
import { groupSkills, localName } from "../taxonomy-names";
import { EMPTY_NAMES, NamesFields } from "./names-fields";

const NEW = "";

/** Adds a skill, renames one or moves it to another category. */
export function SkillForm({ taxonomy }: { taxonomy: Taxonomy }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const save = useSaveSkill();
  const [editing, setEditing] = useState(NEW);
  const [id, setId] = useState("");
  const [categoryId, setCategoryId] = useState(taxonomy.categories[0]?.id ?? "");
  const [names, setNames] = useState(EMPTY_NAMES);
  const [savedName, setSavedName] = useState<string | null>(null);

  function choose(skillId: string) {
    const skill = taxonomy.skills.find((candidate) => candidate.id === skillId);
    setEditing(skillId);
    setId(skill?.id ?? "");
    setCategoryId(skill?.categoryId ?? taxonomy.categories[0]?.id ?? "");
    setNames(skill?.names ?? EMPTY_NAMES);
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
          { id: id.trim(), body: { categoryId, names } },
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
        label={<FormattedMessage id="taxonomy.skill.choose" />}
        value={editing}
        onChange={(event) => choose(event.target.value)}
      >
        <option value={NEW}>{intl.formatMessage({ id: "taxonomy.skill.new" })}</option>
        {groupSkills(taxonomy, locale).map(({ category, skills }) => (
          <optgroup key={category.id} label={localName(category.names, locale)}>
            {skills.map((skill) => (
              <option key={skill.id} value={skill.id}>
                {localName(skill.names, locale)}
              </option>
            ))}
          </optgroup>
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
      <SelectField
        label={<FormattedMessage id="taxonomy.field.category" />}
        value={categoryId}
        error={fieldError(save.error, "categoryId")}
        onChange={(event) => setCategoryId(event.target.value)}
      >
        {taxonomy.categories.map((category) => (
          <option key={category.id} value={category.id}>
            {localName(category.names, locale)}
          </option>
        ))}
      </SelectField>
      <NamesFields value={names} onChange={setNames} error={save.error} />
      <button type="submit" disabled={save.isPending}>
        <FormattedMessage id="taxonomy.skill.save" />
      </button>
    </form>
  );
}
