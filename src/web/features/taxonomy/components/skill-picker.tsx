import { useState, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useTaxonomy } from "../api/get-taxonomy";
import { groupSkills, localName } from "../taxonomy-names";

/**
 * Skills picked from the moderated taxonomy, grouped by category and named in the reader's
 * language. A filter narrows the list for keyboard and screen-reader users alike.
 */
export function SkillPicker({
  id,
  legend,
  hint,
  value,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  value: string[];
  onChange: (skillIds: string[]) => void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const taxonomy = useTaxonomy();
  const [filter, setFilter] = useState("");

  if (taxonomy.isPending) return <Loading />;
  if (taxonomy.isError)
    return <QueryError error={taxonomy.error} onRetry={() => void taxonomy.refetch()} />;

  const needle = filter.trim().toLocaleLowerCase(locale);
  const groups = groupSkills(taxonomy.data, locale)
    .map((group) => ({
      ...group,
      skills: group.skills.filter(
        (skill) =>
          needle === "" ||
          value.includes(skill.id) ||
          localName(skill.names, locale).toLocaleLowerCase(locale).includes(needle),
      ),
    }))
    .filter((group) => group.skills.length > 0);

  return (
    <fieldset className="field skill-picker" id={id}>
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <p className="field-hint" aria-live="polite">
        <FormattedMessage id="skills.picker.selected" values={{ count: value.length }} />
      </p>
      <div className="field">
        <label htmlFor={`${id}-filter`}>
          <FormattedMessage id="skills.picker.filter" />
        </label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          placeholder={intl.formatMessage({ id: "skills.picker.filter.placeholder" })}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      {groups.map(({ category, skills }) => (
        <fieldset key={category.id} className="skill-group">
          <legend>{localName(category.names, locale)}</legend>
          <div className="choice-grid">
            {skills.map((skill) => (
              <label key={skill.id} className="choice">
                <input
                  type="checkbox"
                  checked={value.includes(skill.id)}
                  onChange={(event) =>
                    onChange(
                      event.target.checked
                        ? [...value, skill.id]
                        : value.filter((skillId) => skillId !== skill.id),
                    )
                  }
                />
                <span>{localName(skill.names, locale)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
