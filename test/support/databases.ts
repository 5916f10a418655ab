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

/**
 * A database filled once and copied for each test that starts from it: the bytes of an SQLite
 * file, or a PostgreSQL database kept as a template.
 */
export type DatabaseSnapshot =
  { dialect: "sqlite"; image: Buffer } | { dialect: "postgres"; template: string };

/** How each open PostgreSQL test database becomes a template instead of being dropped. */
const postgresSnapshots = new WeakMap<DatabaseHandle, () => Promise<DatabaseSnapshot>>();

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${databaseCounter++}`;
}

/**
 * A fresh, migrated, empty database of the dialect: an in-memory SQLite, or a new PostgreSQL
 * database copied from the template the global setup migrated once (so test files run in
 * parallel against one server without meeting). With `from`, a copy of that snapshot instead.
 */
export async function freshDatabase(
  dialect: DialectName,
  from?: DatabaseSnapshot,
): Promise<DatabaseHandle> {
  if (from && from.dialect !== dialect) throw new Error(`a ${from.dialect} snapshot on ${dialect}`);
  if (dialect === "sqlite") {
    return openSqliteImage(from?.dialect === "sqlite" ? from.image : await migratedSqliteImage());
  }
  const serverUrl = inject("postgresUrl");
  const name = uniqueDatabaseName("t");
  const template = from?.dialect === "postgres" ? from.template : inject("postgresTemplate");
  await onServer(
    serverUrl,
    `create database "${name}" template "${template}" ${inject("postgresCopyClause")}`,
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase(url.toString(), { poolSize: 5 });
  const wrapped: DatabaseHandle = {
    ...handle,
    async close() {
      await handle.close();
      await onServer(serverUrl, `drop database if exists "${name}" with (force)`);
    },
  };
  postgresSnapshots.set(wrapped, async () => {
    // Renamed, not copied: once its connections are closed the database is the template.
    await handle.close();
    const snapshot = uniqueDatabaseName("snapshot");
    await onServer(serverUrl, `alter database "${name}" rename to "${snapshot}"`);
    return { dialect: "postgres", template: snapshot };
  });
  return wrapped;
}

/**
 * Closes a database from `freshDatabase` and keeps what it holds as a snapshot for
 * `freshDatabase(dialect, snapshot)` to copy; `dropSnapshot` removes it.
 */
export async function closeIntoSnapshot(handle: DatabaseHandle): Promise<DatabaseSnapshot> {
  if (handle.dialect === "sqlite") {
    const image = await sqliteImageOf(handle.db);
    await handle.close();
    return { dialect: "sqlite", image };
  }
  const snapshot = postgresSnapshots.get(handle);
  if (!snapshot) throw new Error("only a database from freshDatabase can become a snapshot");
  return snapshot();
}

export async function dropSnapshot(snapshot: DatabaseSnapshot): Promise<void> {
  if (snapshot.dialect === "postgres") {
    await onServer(
      inject("postgresUrl"),
      `drop database if exists "${snapshot.template}" with (force)`,
    );
  }
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
