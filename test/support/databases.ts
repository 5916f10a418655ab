import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql, type Kysely } from "kysely";
import pg from "pg";
import { inject } from "vitest";
import {
  openDatabase,
  openSqliteImage,
  type DatabaseHandle,
  type DialectName,
} from "../../src/server/db/connect";
import { migrateToLatest } from "../../src/server/db/migrate";
import type { Database } from "../../src/server/db/schema";

export const DIALECTS: DialectName[] = ["sqlite", "postgres"];

let databaseCounter = 0;
let migratedSqlite: Promise<Buffer> | null = null;

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
export async function freshDatabase(
  dialect: DialectName,
  sqliteImage?: Buffer,
): Promise<DatabaseHandle> {
  if (dialect === "sqlite") return openSqliteImage(sqliteImage ?? (await migratedSqliteImage()));
  const serverUrl = inject("postgresUrl");
  const name = `t_${process.pid}_${Date.now().toString(36)}_${databaseCounter++}`;
  await onServer(
    serverUrl,
    `create database "${name}" template "${inject("postgresTemplate")}" ${inject("postgresCopyClause")}`,
  );
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

/** The bytes of an SQLite database as it is now, for `openSqliteImage` to start copies from. */
export async function sqliteImageOf(db: Kysely<Database>): Promise<Buffer> {
  const directory = await mkdtemp(join(tmpdir(), "accord-sqlite-image-"));
  try {
    const file = join(directory, "image.sqlite");
    await sql`vacuum into ${file}`.execute(db);
    return await readFile(file);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** Migrated once per test file, then copied: every fresh SQLite skips the migrations. */
function migratedSqliteImage(): Promise<Buffer> {
  migratedSqlite ??= (async () => {
    const handle = openDatabase("sqlite::memory:");
    try {
      await migrateToLatest(handle.db);
      return await sqliteImageOf(handle.db);
    } finally {
      await handle.close();
    }
  })();
  return migratedSqlite;
}
