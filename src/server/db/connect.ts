import BetterSqlite3 from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import type Pg from "pg";
import type { Database } from "./schema";
import { preparingPool } from "./prepared-statements";
import { sharingPool } from "./shared-connections";
import { cachingSqlite } from "./statement-cache";

export type DialectName = "sqlite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /**
   * PostgreSQL: the same database for standalone statements only (a request's first read, the
   * session's), which may share a connection, pipelined (`sharingPool`). No transactions.
   */
  sharedReads?: Kysely<Database>;
  /** Where the data lives, with any password removed, for logs and the CLI. */
  description: string;
  /** SQLite's connection itself, for bulk writers that go below Kysely (`accord generate`). */
  sqlite?: BetterSqlite3.Database;
  close(): Promise<void>;
}

/**
 * PostgreSQL connections one process pools unless told otherwise (ACCORD_DATABASE_POOL_SIZE).
 * A signed-in engagement read is one standalone statement, which under load shares a busy
 * connection rather than wait for a free one (`sharingPool`), so the pool is full because
 * Node's event loop is behind, not because PostgreSQL is: an idle backend costs no CPU, and
 * the backends at work are never more than the pool (docs/OPERATIONS.md).
 * Not derived from this machine's cores: the database's cores and `max_connections`, which a
 * process cannot see, are what bound it.
 */
export const DEFAULT_POOL_SIZE = 10;

/**
 * Opens `sqlite:PATH` (`sqlite::memory:` for tests) or `postgres://…`. SQLite runs in WAL mode
 * with foreign keys on; PostgreSQL gets a pool of `poolSize` connections (DEFAULT_POOL_SIZE).
 */
export function openDatabase(url: string, options: { poolSize?: number } = {}): DatabaseHandle {
  if (url.startsWith("sqlite:")) return openSqlite(url.slice("sqlite:".length));
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    return openPostgres(url, options.poolSize ?? DEFAULT_POOL_SIZE);
  }
  throw new UnsupportedDatabaseUrlError(redact(url));
}

/** A database URL of neither dialect; `url` has any password removed. */
export class UnsupportedDatabaseUrlError extends Error {
  override readonly name = "UnsupportedDatabaseUrlError";
  constructor(readonly url: string) {
    super(`Unsupported database URL "${url}": use sqlite:PATH or postgres://…`);
  }
}

/**
 * A SQLite file that cannot be created or opened (its directory cannot be made, it is not a
 * database, it is read-only), with the driver's or the system's error as `cause`.
 */
export class DatabaseOpenError extends Error {
  override readonly name = "DatabaseOpenError";
  constructor(
    readonly database: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

function openSqlite(path: string): DatabaseHandle {
  const where = path === "" ? ":memory:" : path;
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    if (where !== ":memory:") mkdirSync(dirname(where), { recursive: true });
    sqlite = new BetterSqlite3(where);
    return sqliteHandle(sqlite, where);
  } catch (error) {
    sqlite?.close();
    throw new DatabaseOpenError(`sqlite:${where}`, error);
  }
}

/**
 * An in-memory SQLite database that starts as a copy of `image` (the bytes of a database file,
 * as `VACUUM INTO` writes them): tests start from a migrated or filled database this way in
 * milliseconds instead of rebuilding it.
 */
export function openSqliteImage(image: Buffer): DatabaseHandle {
  return sqliteHandle(new BetterSqlite3(image), ":memory:");
}

function sqliteHandle(sqlite: BetterSqlite3.Database, where: string): DatabaseHandle {
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: cachingSqlite(sqlite) }),
  });
  return {
    db,
    dialect: "sqlite",
    sqlite,
    description: `sqlite:${where}`,
    close: () => db.destroy(),
  };
}

function openPostgres(url: string, poolSize: number): DatabaseHandle {
  // Loaded only for PostgreSQL: the embedded default then starts without reading the driver's
  // modules, some 90 ms of CPU of the time to /readyz.
  const pg = createRequire(import.meta.url)("pg") as typeof Pg;
  // Pipeline mode: a transaction's first statement is sent behind its `begin` without waiting
  // for it (`preparingPool`).
  const pool = new pg.Pool({ connectionString: url, max: poolSize, pipeline: true });
  // An idle connection the server ends (a restart, an administrator's terminate, a dropped
  // database) is an 'error' event on the pool; unheard, it would end the process. The pool has
  // already discarded that connection and opens a new one for the next query; a query in flight
  // gets its own error.
  pool.on("error", () => undefined);
  const preparing = preparingPool(pool);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparing }) });
  const sharedReads = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: sharingPool(pool, preparing.prepared) }),
  });
  return {
    db,
    sharedReads,
    dialect: "postgres",
    description: redact(url),
    close: async () => {
      await sharedReads.destroy();
      await db.destroy();
    },
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
