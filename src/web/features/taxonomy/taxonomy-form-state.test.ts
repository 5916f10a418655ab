import { describe, expect, it } from "vitest";
import { checkForm } from "../../shared/forms/use-contract-form";
import {
  CategoryForm,
  SkillForm,
  TAXONOMY_WORDS,
  readCategory,
  readSkill,
  type CategoryValues,
} from "./taxonomy-form-state";

const names = { en: "Design", fr: "Design", de: "Design", es: "Diseño", id: "Desain" };

const category = (patch: Partial<CategoryValues>) =>
  checkForm(
    CategoryForm,
    { id: "design", names, position: "3", ...patch },
    { words: TAXONOMY_WORDS, read: readCategory },
    "en",
  );

describe("the taxonomy forms, checked with the server's contracts", () => {
  it("asks for an id and says what an id looks like", async () => {
    expect((await category({ id: "" })).problems).toEqual([
      { path: "id", message: { key: "form.taxonomy.idMissing" } },
    ]);
    expect((await category({ id: "Web Design" })).problems).toEqual([
      { path: "id", message: { key: "form.taxonomy.idInvalid" } },
    ]);
  });

  it("asks for the name in each language left empty, and a whole position", async () => {
    const checked = await category({ names: { ...names, de: " ", id: "" }, position: "1.5" });
    expect(checked.problems).toEqual([
      { path: "names.de", message: { key: "form.taxonomy.nameMissing" } },
      { path: "names.id", message: { key: "form.taxonomy.nameMissing" } },
      { path: "position", message: { key: "form.taxonomy.positionInvalid" } },
    ]);
  });

  it("passes a category and a skill, their ids trimmed", async () => {
    expect((await category({ id: " design " })).data).toEqual({ id: "design", names, position: 3 });
    const skill = await checkForm(
      SkillForm,
      { id: "design.ux ", categoryId: "design", names },
      { words: TAXONOMY_WORDS, read: readSkill },
      "en",
    );
    expect(skill.data).toEqual({ id: "design.ux", categoryId: "design", names });
  });
});
