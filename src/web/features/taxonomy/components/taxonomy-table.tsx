import { FormattedMessage } from "react-intl";
import { LOCALES } from "../../../../i18n/locales";
import type { Taxonomy } from "../../../shared/api/types";
import { useLanguageName } from "../../../shared/components/language-picker";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { groupSkills } from "../taxonomy-names";
import { CardTable } from "../../../shared/components/card-table";

/** The whole taxonomy with every name in every language, for moderators to check at a glance. */
export function TaxonomyTable({ taxonomy }: { taxonomy: Taxonomy }) {
  const { locale } = useLocale();
  const languageName = useLanguageName();
  return (
    <CardTable>
      <table>
        <caption className="visually-hidden">
          <FormattedMessage id="taxonomy.table.caption" />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="taxonomy.field.id" />
            </th>
            {LOCALES.map((code) => (
              <th scope="col" key={code}>
                {languageName(code)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groupSkills(taxonomy, locale).flatMap(({ category, skills }) => [
            <tr key={category.id} className="row-group">
              <th scope="row">
                <code>{category.id}</code>
              </th>
              {LOCALES.map((code) => (
                <td key={code} lang={code}>
                  <strong>{category.names[code]}</strong>
                </td>
              ))}
            </tr>,
            ...skills.map((skill) => (
              <tr key={skill.id}>
                <th scope="row">
                  <code>{skill.id}</code>
                </th>
                {LOCALES.map((code) => (
                  <td key={code} lang={code}>
                    {skill.names[code]}
                  </td>
                ))}
              </tr>
            )),
          ])}
        </tbody>
      </table>
    </CardTable>
  );
}
