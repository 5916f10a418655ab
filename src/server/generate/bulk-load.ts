import type BetterSqlite3 from "better-sqlite3";

/**
 * What `accord generate` changes on its own fresh SQLite file while it writes the copies, and
 * undoes after: the rollback journal kept in memory and no syncing (a crash mid-way leaves a
 * file to delete and generate again, as before), a 256 MB page cache, foreign keys checked by
 * construction rather than per row (the copies remap a consistent block; the tests run
 * `foreign_key_check`), and the secondary indexes dropped, then created again from their own
 * SQL once every row is in (sorting once is cheaper than inserting into 50 B-trees row by
 * row), so the schema ends as the migrations left it.
 */
export interface BulkLoad {
  /** Creates the indexes again and restores the settings; the file is as migrated, plus rows. */
  finish(): void;
}

const SETTINGS = ["journal_mode", "synchronous", "cache_size", "foreign_keys"] as const;

export function beginBulkLoad(sqlite: BetterSqlite3.Database): BulkLoad {
  const before = new Map<string, unknown>(
    SETTINGS.map((name) => [name, sqlite.pragma(name, { simple: true })]),
  );
  const indexes = sqlite
    .prepare(
      "select name, sql from sqlite_master where type = 'index' and sql is not null order by rowid",
    )
    .all() as { name: string; sql: string }[];
  sqlite.pragma("journal_mode = MEMORY");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  sqlite.pragma("foreign_keys = OFF");
  sqlite.transaction(() => {
    for (const index of indexes) sqlite.exec(`drop index "${index.name}"`);
  })();
  return {
    finish() {
      sqlite.transaction(() => {
        for (const index of indexes) sqlite.exec(index.sql);
      })();
      for (const name of SETTINGS) sqlite.pragma(`${name} = ${String(before.get(name))}`);
    },
  };
}
