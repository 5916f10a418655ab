import type { Kysely } from "kysely";

// A delivery page lists an engagement's submitted files; stored_files had an index by
// submission only, so SQLite read the whole table for it (test/db/hot-paths-shard-key.test.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("stored_files_engagement_idx")
    .on("stored_files")
    .columns(["engagement_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("stored_files_engagement_idx").execute();
}
