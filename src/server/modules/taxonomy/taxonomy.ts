import type { z } from "zod";
import type { Taxonomy, UpsertCategoryBody, UpsertSkillBody } from "../../../contracts/profiles";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, forbidden, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { isModerator } from "../../kernel/access";
import { recordAudit } from "../../kernel/audit.repository";
import { DEFAULT_CATEGORIES } from "./default-taxonomy";
import {
  findCategory,
  listCategories,
  listSkills,
  upsertCategory,
  upsertSkill,
} from "./taxonomy.repository";

type Names = z.infer<typeof UpsertSkillBody>["names"];

/** The shared taxonomy of service categories and skills, with names in the five languages. */
export async function getTaxonomy(deps: AppDeps): Promise<z.infer<typeof Taxonomy>> {
  const [categories, skills] = await Promise.all([listCategories(deps.db), listSkills(deps.db)]);
  return {
    categories: categories.map((c) => ({
      id: c.id,
      names: JSON.parse(c.names) as Names,
      position: c.position,
    })),
    skills: skills.map((s) => ({
      id: s.id,
      categoryId: s.category_id,
      names: JSON.parse(s.names) as Names,
    })),
  };
}

/** Fills an empty taxonomy with the default one; a no-op once it has entries. */
export async function ensureDefaultTaxonomy(deps: Pick<AppDeps, "db">): Promise<void> {
  if ((await listCategories(deps.db)).length > 0) return;
  await deps.db.transaction().execute(async (trx) => {
    for (const [position, category] of DEFAULT_CATEGORIES.entries()) {
      await upsertCategory(trx, {
        id: category.id,
        names: JSON.stringify(category.names),
        position,
      });
      for (const skill of category.skills) {
        await upsertSkill(trx, {
          id: skill.id,
          category_id: category.id,
          names: JSON.stringify(skill.names),
        });
      }
    }
  });
}

/** A platform moderator adds or renames a category. */
export async function saveCategory(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof UpsertCategoryBody>,
): Promise<Result<null>> {
  if (!isModerator(actor)) return forbidden("moderator_only");
  await deps.db.transaction().execute(async (trx) => {
    await upsertCategory(trx, { id, names: JSON.stringify(input.names), position: input.position });
    await recordAudit(trx, deps, {
      actorUserId: actor.userId,
      action: "taxonomy.category_saved",
      subject: id,
    });
  });
  return ok(null);
}

/** A platform moderator adds, renames or moves a skill. */
export function saveSkill(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof UpsertSkillBody>,
): Promise<Result<null>> {
  if (!isModerator(actor)) return Promise.resolve(forbidden("moderator_only"));
  return runInTransaction(deps.db, async (trx) => {
    if (!(await findCategory(trx, input.categoryId))) {
      return fail("validation_failed", undefined, [
        { path: "categoryId", key: "validation.invalid" },
      ]);
    }
    await upsertSkill(trx, {
      id,
      category_id: input.categoryId,
      names: JSON.stringify(input.names),
    });
    await recordAudit(trx, deps, {
      actorUserId: actor.userId,
      action: "taxonomy.skill_saved",
      subject: id,
    });
    return ok(null);
  });
}
