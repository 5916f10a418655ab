import type { Kysely } from "kysely";

// `accord audit` reads the newest entries of the trail, or of one organisation: each an index
// walked from its newest end, in the order asked (time, then id for entries of one instant),
// stopped by the limit. Without them every read scanned and sorted the whole trail.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("audit_events_time_idx")
    .on("audit_events")
    .columns(["occurred_at", "id"])
    .execute();
  await db.schema
    .createIndex("audit_events_org_time_idx")
    .on("audit_events")
    .columns(["org_id", "occurred_at", "id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("audit_events_org_time_idx").execute();
  await db.schema.dropIndex("audit_events_time_idx").execute();
}
