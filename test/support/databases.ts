import { sql } from "kysely";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type DatabaseHandle, type DialectName } from "../../src/server/db/connect";
import { migrateToLatest } from "../../src/server/db/migrate";

export const DIALECTS: DialectName[] = ["sqlite", "postgres"];

let schemaCounter = 0;

/**
 * A fresh, migrated, empty database of the dialect: an in-memory SQLite, or a new PostgreSQL
 * schema of its own (so test files run in parallel against one server without meeting).
 */
export async function freshDatabase(
  dialect: DialectName,
): Promise<DatabaseHandle & { migrationTableSchema?: string }> {
  if (dialect === "sqlite") {
    const handle = openDatabase("sqlite::memory:");
    await migrateToLatest(handle.db);
    return handle;
  }
  const baseUrl = inject("postgresUrl");
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${schemaCounter++}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create schema "${schema}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.searchParams.set("options", `-c search_path=${schema}`);
  const handle = openDatabase(url.toString(), { poolSize: 5 });
  await migrateToLatest(handle.db, { migrationTableSchema: schema });
  return {
    ...handle,
    migrationTableSchema: schema,
    async close() {
      await sql.raw(`drop schema "${schema}" cascade`).execute(handle.db);
      await handle.close();
    },
  };
}
