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
import { reusedPostgresDatabase } from "./reused-postgres";

export const DIALECTS: DialectName[] = ["sqlite", "postgres"];

let databaseCounter = 0;
let migratedSqlite: Promise<Buffer> | null = null;

/**
 * A database filled once and copied for each test that starts from it: the bytes of an SQLite
 * file, or the statements that put a PostgreSQL database's rows into another.
 */
export type DatabaseSnapshot =
  { dialect: "sqlite"; image: Buffer } | { dialect: "postgres"; content: string };

/** How each reused PostgreSQL test database gives its rows as a snapshot. */
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
 * A fresh, migrated, empty database of the dialect: an in-memory SQLite, or a PostgreSQL
 * database holding what the template the global setup migrated once holds (so test files run
 * in parallel against one server without meeting). With `from`, a copy of that snapshot
 * instead. With `reuse`, the PostgreSQL database is one an earlier test of this worker used,
 * emptied back to the template's rows once that test closed it (`reused-postgres.ts`): for
 * tests that change rows only, never the schema.
 */
export async function freshDatabase(
  dialect: DialectName,
  from?: DatabaseSnapshot,
  options: { reuse?: boolean } = {},
): Promise<DatabaseHandle> {
  if (from && from.dialect !== dialect) throw new Error(`a ${from.dialect} snapshot on ${dialect}`);
  if (dialect === "sqlite") {
    return openSqliteImage(from?.dialect === "sqlite" ? from.image : await migratedSqliteImage());
  }
  const serverUrl = inject("postgresUrl");
  if (from?.dialect === "postgres" || options.reuse) {
    const reused = await reusedPostgresDatabase(
      serverUrl,
      inject("postgresTemplate"),
      inject("postgresCopyClause"),
      from?.dialect === "postgres" ? from.content : undefined,
    );
    const handle = openDatabase(reused.url, { poolSize: 5 });
    const wrapped: DatabaseHandle = {
      ...handle,
      async close() {
        await handle.close();
        await reused.release();
      },
    };
    postgresSnapshots.set(wrapped, async () => {
      await handle.close();
      const content = await reused.contentNow();
      await reused.release();
      return { dialect: "postgres", content };
    });
    return wrapped;
  }
  const name = uniqueDatabaseName("t");
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

/**
 * Closes a database from `freshDatabase` (with `reuse` on PostgreSQL) and keeps what it holds
 * as a snapshot for `freshDatabase(dialect, snapshot)` to copy: SQLite's bytes, or PostgreSQL's
 * rows, put into a reused database (the schema is the template's).
 */
export async function closeIntoSnapshot(handle: DatabaseHandle): Promise<DatabaseSnapshot> {
  if (handle.dialect === "sqlite") {
    const image = await sqliteImageOf(handle.db);
    await handle.close();
    return { dialect: "sqlite", image };
  }
  const snapshot = postgresSnapshots.get(handle);
  if (!snapshot) throw new Error("only a reused database from freshDatabase becomes a snapshot");
  return snapshot();
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
