import type { Kysely } from "kysely";

// Indexes for the hot paths at scale: the matching market reads the profiles changed since its
// last refresh, its track-record cache reads the newest engagement change, and a provider's
// rehire rate looks for another engagement with the same client.
const INDEXES = [
  { name: "provider_profiles_updated_at_idx", table: "provider_profiles", columns: ["updated_at"] },
  { name: "engagements_updated_at_idx", table: "engagements", columns: ["updated_at"] },
  {
    name: "engagements_provider_client_idx",
    table: "engagements",
    columns: ["provider_org_id", "client_org_id", "status"],
  },
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const index of INDEXES) {
    await db.schema
      .createIndex(index.name)
      .on(index.table)
      .columns([...index.columns])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [...INDEXES].reverse()) await db.schema.dropIndex(index.name).execute();
}
