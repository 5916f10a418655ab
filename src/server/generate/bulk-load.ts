import type BetterSqlite3 from "better-sqlite3";

/**
 * What `accord generate` changes on its own fresh SQLite file while it writes the copies, and
 * undoes after: the rollback journal kept in memory and no syncing (a crash mid-way leaves a
 * file to delete and generate again, as before), a 256 MB page cache, and foreign keys checked
 * by construction rather than per row (the copies remap a consistent block; the tests run
 * `foreign_key_check`). The schema ends as the migrations left it.
 *
 * Secondary indexes are kept or rebuilt by what each costs at a million engagements (h-gen6).
 * Rebuilding one sorts its keys once, but reads its whole table again; on a file several times
 * the machine's memory that read is from disk, and it was most of the 4 minutes the indexes
 * took. So an index stays in place during the copies when inserting into it is cheap: its
 * first key is an id (each copy's ids carry its number, so its entries land at the right edge,
 * as the primary keys' do), or its table's rows are wide (a few kilobytes each, so few entries
 * for the bytes a rebuild would read). The others (keyed by a status, a day or an address, on
 * narrow rows: each copy's entries scattered through the index) are dropped and created again
 * from their own SQL once every row is in, those of one table after another.
 *
 * Creating one reads its table's pages back, and the copies interleave every table's pages
 * through the file: the disk's read-ahead (8 MB here) then brings in the other tables' pages
 * too: out of the page cache, rebuilding them on a 100,000-engagement file read 5.95 GB of
 * its 6.12 (h-gen8; a million's run read 57 GB). So the copier writes these tables last, one
 * at a time (`rebuiltTables`), and each table's indexes are created as soon as its rows are
 * in (`rebuild`), from pages that are contiguous and still in the page cache.
 */
export interface BulkLoad {
  /** The tables whose indexes are dropped during the copies, in the order they are rebuilt. */
  rebuiltTables: string[];
  /** Creates one table's dropped indexes again, once all its rows are in. */
  rebuild(table: string): void;
  /** Creates the dropped indexes not yet rebuilt again and restores the settings. */
  finish(): void;
}

const SETTINGS = ["journal_mode", "synchronous", "cache_size", "foreign_keys"] as const;

/** Rows at least this wide on average (in the block) keep their indexes during the copies. */
const WIDE_ROW_BYTES = 2048;

interface Index {
  name: string;
  table: string;
  sql: string;
}

export function beginBulkLoad(sqlite: BetterSqlite3.Database): BulkLoad {
  const before = new Map<string, unknown>(
    SETTINGS.map((name) => [name, sqlite.pragma(name, { simple: true })]),
  );
  const indexes = sqlite
    .prepare(
      "select name, tbl_name as \"table\", sql from sqlite_master where type = 'index' and sql is not null order by rowid",
    )
    .all() as Index[];
  const rebuilt = indexesToRebuild(sqlite, indexes);
  // The organisations' list versions (migration 0029) are for processes keeping list replies;
  // none serves a file being generated, so its triggers need not fire on every copied row.
  const triggers = sqlite
    .prepare(
      "select name, sql from sqlite_master where type = 'trigger' and name like '%list_version%' order by rowid",
    )
    .all() as { name: string; sql: string }[];
  sqlite.pragma("journal_mode = MEMORY");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  sqlite.pragma("foreign_keys = OFF");
  sqlite.transaction(() => {
    for (const index of rebuilt) sqlite.exec(`drop index "${index.name}"`);
    for (const trigger of triggers) sqlite.exec(`drop trigger "${trigger.name}"`);
  })();
  const pending = new Set(rebuilt);
  const create = (indexes: Index[]) => {
    sqlite.transaction(() => {
      for (const index of indexes) {
        sqlite.exec(index.sql);
        pending.delete(index);
      }
    })();
  };
  return {
    rebuiltTables: [...new Set(rebuilt.map((index) => index.table))],
    rebuild(table) {
      create([...pending].filter((index) => index.table === table));
    },
    finish() {
      sqlite.transaction(() => {
        for (const trigger of triggers) sqlite.exec(trigger.sql);
      })();
      create([...pending]);
      for (const name of SETTINGS) sqlite.pragma(`${name} = ${String(before.get(name))}`);
    },
  };
}

/** The indexes to drop during the copies, grouped by table, in their order within each. */
function indexesToRebuild(sqlite: BetterSqlite3.Database, indexes: Index[]): Index[] {
  const rowBytes = new Map(
    (
      sqlite.prepare("select name, sum(pgsize) as bytes from dbstat group by name").all() as {
        name: string;
        bytes: number;
      }[]
    ).map(({ name, bytes }) => [name, bytes]),
  );
  const isWide = (table: string): boolean => {
    const { rows } = sqlite.prepare(`select count(*) as rows from "${table}"`).get() as {
      rows: number;
    };
    return rows > 0 && (rowBytes.get(table) ?? 0) / rows >= WIDE_ROW_BYTES;
  };
  const rebuilt = indexes.filter((index) => {
    const [first] = sqlite.pragma(`index_info("${index.name}")`) as { name: string | null }[];
    const isIdFirst = first?.name === "id" || first?.name?.endsWith("_id") === true;
    return !isIdFirst && !isWide(index.table);
  });
  const tableOrder = [...new Set(rebuilt.map((index) => index.table))];
  return rebuilt.sort((a, b) => tableOrder.indexOf(a.table) - tableOrder.indexOf(b.table));
}
