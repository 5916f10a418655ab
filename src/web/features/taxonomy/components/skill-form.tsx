import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Taxonomy } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { SelectField, TextField } from "../../../shared/components/fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useSaveSkill } from "../api/save-taxonomy-item";
import {
  EMPTY_NAMES,
  SkillForm as SkillFormBody,
  TAXONOMY_WORDS,
  readSkill,
} from "../taxonomy-form-state";
import { groupSkills, localName } from "../taxonomy-names";
import { NamesFields } from "./names-fields";

const NEW = "";

/** Adds a skill, renames one or moves it to another category. */
export function SkillForm({ taxonomy }: { taxonomy: Taxonomy }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const save = useSaveSkill();
  const valuesOf = (skillId: string) => {
    const skill = taxonomy.skills.find((candidate) => candidate.id === skillId);
    return {
      id: skill?.id ?? "",
      categoryId: skill?.categoryId ?? taxonomy.categories[0]?.id ?? "",
      names: skill?.names ?? EMPTY_NAMES,
    };
  };
  const form = useContractForm(SkillFormBody, {
    defaultValues: valuesOf(NEW),
    words: TAXONOMY_WORDS,
    read: readSkill,
  });
  const [editing, setEditing] = useState(NEW);
  const [savedName, setSavedName] = useState<string | null>(null);

  function choose(skillId: string) {
    setEditing(skillId);
    form.reset(valuesOf(skillId));
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
        readOnly={editing !== NEW}
        required
        {...form.field("id")}
      />
      <SelectField
        label={<FormattedMessage id="taxonomy.field.category" />}
        {...form.field("categoryId")}
      >
        {taxonomy.categories.map((category) => (
          <option key={category.id} value={category.id}>
            {localName(category.names, locale)}
          </option>
        ))}
      </SelectField>
      <NamesFields fieldOf={(code) => form.field(`names.${code}`)} />
      <button type="submit" disabled={save.isPending}>
        <FormattedMessage id="taxonomy.skill.save" />
      </button>
    </form>
  );
}
