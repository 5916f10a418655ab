import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type DatabaseHandle, type DialectName } from "../../src/server/db/connect";
import { migrateToLatest } from "../../src/server/db/migrate";

export const DIALECTS: DialectName[] = ["sqlite", "postgres"];

let databaseCounter = 0;

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/**
 * A fresh, migrated, empty database of the dialect: an in-memory SQLite, or a new PostgreSQL
 * database copied from the template the global setup migrated once (so test files run in
 * parallel against one server without meeting).
 */
export async function freshDatabase(dialect: DialectName): Promise<DatabaseHandle> {
  if (dialect === "sqlite") {
    const handle = openDatabase("sqlite::memory:");
    await migrateToLatest(handle.db);
    return handle;
  }
  const serverUrl = inject("postgresUrl");
  const name = `t_${process.pid}_${Date.now().toString(36)}_${databaseCounter++}`;
  await onServer(serverUrl, `create database "${name}" template "${inject("postgresTemplate")}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase(url.toString(), { poolSize: 5 });
  return {
    ...handle,
    async close() {
      await handle.close();
      await onServer(serverUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}
