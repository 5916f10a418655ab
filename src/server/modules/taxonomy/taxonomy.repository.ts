import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

export function listCategories(db: Kysely<Database>) {
  return db
    .selectFrom("taxonomy_categories")
    .selectAll()
    .orderBy("position")
    .orderBy("id")
    .execute();
}

export function listSkills(db: Kysely<Database>) {
  return db.selectFrom("taxonomy_skills").selectAll().orderBy("id").execute();
}

export async function countKnownSkills(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom("taxonomy_skills")
    .select((eb) => eb.fn.countAll<string | number>().as("known"))
    .where("id", "in", [...new Set(ids)])
    .executeTakeFirstOrThrow();
  return Number(row.known);
}

export async function upsertCategory(
  db: Kysely<Database>,
  row: { id: string; names: string; position: number },
) {
  await db
    .insertInto("taxonomy_categories")
    .values(row)
    .onConflict((oc) => oc.column("id").doUpdateSet({ names: row.names, position: row.position }))
    .execute();
}

export async function upsertSkill(
  db: Kysely<Database>,
  row: { id: string; category_id: string; names: string },
) {
  await db
    .insertInto("taxonomy_skills")
    .values(row)
    .onConflict((oc) =>
      oc.column("id").doUpdateSet({ category_id: row.category_id, names: row.names }),
    )
    .execute();
}

export function findCategory(db: Kysely<Database>, id: string) {
  return db.selectFrom("taxonomy_categories").select("id").where("id", "=", id).executeTakeFirst();
}
