import type { Kysely } from "kysely";

// Stages 1–4 of the lifecycle: provider profiles on a shared taxonomy, briefs, proposals,
// and versioned, signed agreements. Nested terms are canonical JSON text: they are read and
// written whole, hashed for signatures, and never queried inside.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("taxonomy_categories")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("names", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("taxonomy_skills")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("category_id", "text", (c) => c.notNull().references("taxonomy_categories.id"))
    .addColumn("names", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("provider_profiles")
    .addColumn("org_id", "text", (c) => c.primaryKey().references("organisations.id"))
    .addColumn("headline", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("languages", "text", (c) => c.notNull())
    .addColumn("time_zones", "text", (c) => c.notNull())
    .addColumn("rates", "text", (c) => c.notNull())
    .addColumn("floor_currency", "text")
    .addColumn("floor_amount_minor", "bigint")
    .addColumn("floor_unit", "text")
    .addColumn("available_from", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("provider_skills")
    .addColumn("org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("skill_id", "text", (c) => c.notNull().references("taxonomy_skills.id"))
    .addPrimaryKeyConstraint("provider_skills_pk", ["org_id", "skill_id"])
    .execute();
  await db.schema
    .createIndex("provider_skills_skill_idx")
    .on("provider_skills")
    .columns(["skill_id", "org_id"])
    .execute();

  await db.schema
    .createTable("briefs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .execute();
  await db.schema
    .createIndex("briefs_org_idx")
    .on("briefs")
    .columns(["org_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("briefs_status_idx")
    .on("briefs")
    .columns(["status", "published_at"])
    .execute();

  await db.schema
    .createTable("brief_shortlist")
    .addColumn("brief_id", "text", (c) => c.notNull().references("briefs.id"))
    .addColumn("provider_org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("is_invited", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("brief_shortlist_pk", ["brief_id", "provider_org_id"])
    .execute();
  await db.schema
    .createIndex("brief_shortlist_provider_idx")
    .on("brief_shortlist")
    .columns(["provider_org_id", "created_at"])
    .execute();

  await db.schema
    .createTable("proposals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("brief_id", "text", (c) => c.notNull().references("briefs.id"))
    .addColumn("provider_org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("decline_reason", "text")
    .addColumn("revision_note", "text")
    .addColumn("engagement_id", "text", (c) => c.references("engagements.id"))
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("submitted_at", "text")
    .execute();
  await db.schema
    .createIndex("proposals_brief_idx")
    .on("proposals")
    .columns(["brief_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("proposals_provider_idx")
    .on("proposals")
    .columns(["provider_org_id", "created_at"])
    .execute();

  await db.schema
    .createTable("agreement_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("terms", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("in_force_at", "text")
    .addUniqueConstraint("agreement_versions_unique", ["engagement_id", "version"])
    .execute();

  await db.schema
    .createTable("agreement_signatures")
    .addColumn("version_id", "text", (c) => c.notNull().references("agreement_versions.id"))
    .addColumn("side", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("signed_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("agreement_signatures_pk", ["version_id", "side"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "agreement_signatures",
    "agreement_versions",
    "proposals",
    "brief_shortlist",
    "briefs",
    "provider_skills",
    "provider_profiles",
    "taxonomy_skills",
    "taxonomy_categories",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
