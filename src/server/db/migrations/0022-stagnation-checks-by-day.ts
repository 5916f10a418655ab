import type { Kysely } from "kysely";

// The stagnation sweep goes on each day after the last engagement it judged that day: the
// highest id judged on a day is then one index lookup, not a read of every engagement's row.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("stagnation_checks_day_idx")
    .on("stagnation_checks")
    .columns(["checked_on", "engagement_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("stagnation_checks_day_idx").execute();
}
