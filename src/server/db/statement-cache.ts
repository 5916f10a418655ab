import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** Distinct SQL texts kept prepared; Kysely's queries are parameterised, so a few hundred cover the app. */
const DEFAULT_CAPACITY = 1000;

/**
 * better-sqlite3 behind Kysely, with each SQL text prepared once and reused: Kysely's SQLite
 * driver calls `prepare` on every query, which cost about a sixth of the generator's CPU and a
 * quarter of a simple read's. The cache is a small LRU (a Map in use order), so queries with
 * variable `in (…)` lists cannot grow it without bound.
 *
 * Reuse is safe because Kysely holds SQLite's one connection for each query (or stream) until it
 * completes, so a statement never runs twice at once.
 */
export function cachingSqlite(
  sqlite: BetterSqlite3.Database,
  capacity = DEFAULT_CAPACITY,
): SqliteDatabase & { readonly cachedStatements: number } {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    get cachedStatements() {
      return cache.size;
    },
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached) {
        // Most recently used last, so the first key is the one to evict.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > capacity) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return statement;
    },
  };
}
