import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/server/db/connect";
import { migrateDownToZero, migrateToLatest } from "../../src/server/db/migrate";
import { DIALECTS, freshDatabase } from "../support/databases";

const TABLES = [
  "users",
  "organisations",
  "memberships",
  "invitations",
  "sessions",
  "api_tokens",
  "engagements",
  "engagement_events",
  "mail_outbox",
  "audit_events",
  "instance_settings",
  "taxonomy_categories",
  "taxonomy_skills",
  "provider_profiles",
  "provider_skills",
  "briefs",
  "brief_shortlist",
  "proposals",
  "agreement_versions",
  "agreement_signatures",
  "stored_files",
  "submissions",
  "criterion_verdicts",
  "feedback_notes",
  "change_requests",
  "messages",
  "message_reads",
  "notifications",
  "notification_preferences",
  "webhook_endpoints",
  "webhook_deliveries",
  "webhook_attempts",
];

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  const tables = await handle.db.introspection.getTables();
  return tables.map((t) => t.name).sort();
}

describe.each(DIALECTS)("migrations on %s", (dialect) => {
  let handle: (DatabaseHandle & { migrationTableSchema?: string }) | undefined;
  afterEach(async () => {
    await handle?.close();
  });

  it("builds every table from zero, and is a no-op when run again", async () => {
    handle = await freshDatabase(dialect);
    expect(await tableNames(handle)).toEqual([...TABLES].sort());
    const options = { migrationTableSchema: handle.migrationTableSchema };
    expect((await migrateToLatest(handle.db, options)).applied).toEqual([]);
  });

  it("goes down to zero and back up again", async () => {
    handle = await freshDatabase(dialect);
    const options = { migrationTableSchema: handle.migrationTableSchema };
    await migrateDownToZero(handle.db, options);
    expect(await tableNames(handle)).toEqual([]);
    expect((await migrateToLatest(handle.db, options)).applied).toEqual([
      "0001-foundation",
      "0002-briefs-proposals-agreements",
      "0003-delivery-change-collaboration",
    ]);
    expect(await tableNames(handle)).toEqual([...TABLES].sort());
  });

  it("refuses an organisation of an unknown kind at the database level", async () => {
    handle = await freshDatabase(dialect);
    await handle.db
      .insertInto("users")
      .values({
        id: "u1",
        email: "a@b.c",
        name: "A",
        password_hash: "x",
        locale: null,
        platform_role: "user",
        created_at: "2026-01-01T00:00:00.000Z",
      })
      .execute();
    const insert = handle.db
      .insertInto("organisations")
      .values({
        id: "o1",
        name: "X",
        // @ts-expect-error: the type forbids it too; this checks the database's own guard
        kind: "agency",
        created_by: "u1",
        created_at: "2026-01-01T00:00:00.000Z",
      })
      .execute();
    await expect(insert).rejects.toThrow();
  });
});
