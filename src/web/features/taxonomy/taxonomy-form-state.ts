import {
  TaxonomyItemParams,
  UpsertCategoryBody,
  UpsertSkillBody,
} from "../../../contracts/profiles";
import { LOCALES } from "../../../i18n/locales";
import type { LocalisedNames } from "../../shared/api/types";
import type { FieldWords, FormWords } from "../../shared/forms/issue-message";
import type { TypedText } from "../../shared/forms/typed-text";

export const EMPTY_NAMES: LocalisedNames = { en: "", fr: "", de: "", es: "", id: "" };

/** A skill's form: its id (the address the server saves it at) beside the body. */
export const SkillForm = UpsertSkillBody.extend(TaxonomyItemParams.shape);

/** A category's form: its id, the body's names, and the position as typed. */
export const CategoryForm = UpsertCategoryBody.extend(TaxonomyItemParams.shape);

export interface CategoryValues {
  id: string;
  names: LocalisedNames;
  position: string;
}

export const TAXONOMY_WORDS: FormWords = {
  id: { required: "form.taxonomy.idMissing", invalid: "form.taxonomy.idInvalid" },
  position: { invalid: "form.taxonomy.positionInvalid" },
  ...Object.fromEntries(
    LOCALES.map((code): [string, FieldWords] => [
      `names.${code}`,
      { required: "form.taxonomy.nameMissing" },
    ]),
  ),
};

export function readCategory(values: CategoryValues, text: TypedText) {
  return {
    id: values.id.trim(),
    names: values.names,
    position: text.number("position", values.position),
  };
}

export function readSkill(values: { id: string; categoryId: string; names: LocalisedNames }) {
  return { ...values, id: values.id.trim() };
}
