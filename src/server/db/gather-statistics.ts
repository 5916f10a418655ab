import { sql } from "kysely";
import type { DatabaseHandle } from "./connect";

/**
 * Rows SQLite's ANALYZE reads of each index at most (`analysis_limit`): enough for
 * `sqlite_stat1`'s averages, and it keeps a bulk-loaded 100,000 engagements to half a CPU-second
 * where reading every index took three (docs/PERFORMANCE.md, "accord generate").
 */
export const SQLITE_ANALYSIS_LIMIT = 1000;

/**
 * SQLite's statistics of a table with fewer rows than this are dropped. A table a bulk load
 * leaves this small is one it did not fill (the sessions, a few reference tables), and the
 * server never gathers statistics again: the block's two sessions made SQLite read every session
 * for each request's cookie (`SCAN s`), a plan the table would keep as it grew. Without a row in
 * `sqlite_stat1`, SQLite assumes a large table and searches its indexes, as before any ANALYZE.
 */
export const SQLITE_SMALL_TABLE_ROWS = 1000;

/**
 * Gathers the planner's statistics after a bulk load (`accord generate`, the bench's fill), as
 * after any bulk load: without them PostgreSQL plans until autovacuum's next pass as if every
 * table were small (a hash of every user for a page of four events), and SQLite never has
 * `sqlite_stat1` at all. PostgreSQL's autovacuum keeps them current as tables grow.
 */
export async function gatherStatistics(handle: DatabaseHandle): Promise<void> {
  if (handle.dialect === "postgres") {
    await sql`analyze`.execute(handle.db);
    return;
  }
  const { db } = handle;
  await sql.raw(`pragma analysis_limit = ${SQLITE_ANALYSIS_LIMIT}`).execute(db);
  await sql`analyze`.execute(db);
  // A partial index counts only its own rows: a table's size is its largest count.
  const small = sql`(select tbl from sqlite_stat1 group by tbl
    having max(cast(stat as integer)) < ${SQLITE_SMALL_TABLE_ROWS})`;
  const hasStat4 = await sql<{ name: string }>`
    select name from sqlite_master where name = 'sqlite_stat4'`.execute(db);
  if (hasStat4.rows.length > 0)
    await sql`delete from sqlite_stat4 where tbl in ${small}`.execute(db);
  await sql`delete from sqlite_stat1 where tbl in ${small}`.execute(db);
  // Rows changed in sqlite_stat1 by hand are read again only when the schema is.
  await sql`analyze sqlite_schema`.execute(db);
}
