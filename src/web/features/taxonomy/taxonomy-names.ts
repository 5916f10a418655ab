import { useCallback } from "react";
import type { LocalisedNames, Taxonomy } from "../../shared/api/types";
import { useLocale } from "../../shared/i18n/locale-provider";
import { useTaxonomy } from "./api/get-taxonomy";

/** Taxonomy names are data in five languages; the reader's language picks one. */
export function localName(names: LocalisedNames, locale: keyof LocalisedNames): string {
  return names[locale] || names.en;
}

/** A skill id's name in the reader's language, or the id itself while the taxonomy loads. */
export function useSkillName(): (skillId: string) => string {
  const { locale } = useLocale();
  const taxonomy = useTaxonomy();
  return useCallback(
    (skillId: string) => {
      const skill = taxonomy.data?.skills.find((candidate) => candidate.id === skillId);
      return skill ? localName(skill.names, locale) : skillId;
    },
    [taxonomy.data, locale],
  );
}

/** Categories in their moderated order, each with its skills sorted by name. */
export function groupSkills(taxonomy: Taxonomy, locale: keyof LocalisedNames) {
  return [...taxonomy.categories]
    .sort((a, b) => a.position - b.position)
    .map((category) => ({
      category,
      skills: taxonomy.skills
        .filter((skill) => skill.categoryId === category.id)
        .sort((a, b) =>
          localName(a.names, locale).localeCompare(localName(b.names, locale), locale),
        ),
    }));
}
