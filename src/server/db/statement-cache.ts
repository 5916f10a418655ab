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
 *
 * Rows are read as arrays and made objects here (`rowsAsObjects`). A statement that changes the
 * schema empties the cache, so no statement keeps the columns of a table as it was.
 */
export function cachingSqlite(
  sqlite: BetterSqlite3.Database,
  capacity = DEFAULT_CAPACITY,
): SqliteDatabase & { readonly cachedStatements: number } {
  const cache = new Map<string, SqliteStatement>();
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
      const prepared = sqlite.prepare(sql);
      if (!prepared.reader && SCHEMA_CHANGE.test(sql)) {
        cache.clear();
        return prepared;
      }
      const statement = prepared.reader ? rowsAsObjects(prepared) : prepared;
      cache.set(sql, statement);
      if (cache.size > capacity) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return statement;
    },
  };
}

const SCHEMA_CHANGE = /^\s*(create|alter|drop)\b/i;

/**
 * A reading statement whose rows come from SQLite as arrays and are made objects in JavaScript:
 * better-sqlite3 builds each row object natively, one property at a time, which cost more than
 * SQLite's own work on a list page (46 rows of 14 columns: ~270 µs as objects, ~190 µs as arrays
 * made objects here). The objects are the same: a column's name is its key, and of two columns
 * with one name the last one's value is kept, as better-sqlite3 does.
 */
function rowsAsObjects(prepared: BetterSqlite3.Statement): SqliteStatement {
  const raw = prepared.raw(true);
  let names = columnNames(raw);
  const objectOf = (values: unknown[]): Record<string, unknown> => {
    // SQLite prepares a statement again after a schema change, and `select *` then has the
    // table's columns of now.
    if (values.length !== names.length) names = columnNames(raw);
    const row: Record<string, unknown> = {};
    for (let index = 0; index < names.length; index++) row[names[index] ?? ""] = values[index];
    return row;
  };
  return {
    reader: true,
    all: (parameters) => (raw.all(parameters) as unknown[][]).map(objectOf),
    run: (parameters) => raw.run(parameters),
    *iterate(parameters) {
      for (const values of raw.iterate(parameters) as IterableIterator<unknown[]>) {
        yield objectOf(values);
      }
    },
  };
}

function columnNames(statement: BetterSqlite3.Statement): string[] {
  return statement.columns().map((column) => column.name);
}
