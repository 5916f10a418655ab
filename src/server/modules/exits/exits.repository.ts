import type { Insertable, Kysely } from "kysely";
import type { Database, ExitsTable, HandOverItemsTable } from "../../db/schema";

export async function insertExit(db: Kysely<Database>, row: Insertable<ExitsTable>) {
  await db.insertInto("exits").values(row).execute();
}

export function findExit(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("exits")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .executeTakeFirst();
}

export async function insertHandOverItems(
  db: Kysely<Database>,
  rows: Insertable<HandOverItemsTable>[],
) {
  if (rows.length > 0) await db.insertInto("hand_over_items").values(rows).execute();
}

export function listHandOverItems(db: Kysely<Database>, exitId: string) {
  return db
    .selectFrom("hand_over_items")
    .selectAll()
    .where("exit_id", "=", exitId)
    .orderBy("item_key")
    .execute();
}

/** Ticks the item only if it is still open; false when it was already done. */
export async function markHandOverItemDone(
  db: Kysely<Database>,
  itemId: string,
  doneBy: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable("hand_over_items")
    .set({ done_at: at, done_by: doneBy })
    .where("id", "=", itemId)
    .where("done_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
