import { sql } from "kysely";
import type { DatabaseHandle } from "./connect";

/**
 * Rows SQLite's ANALYZE reads of each index at most (`analysis_limit`): enough for
 * `sqlite_stat1`'s averages, and it keeps a bulk-loaded million engagements to seconds where
 * reading every index would take minutes (docs/PERFORMANCE.md, "accord generate").
 */
export const SQLITE_ANALYSIS_LIMIT = 1000;

/**
 * Gathers the planner's statistics after a bulk load (`accord generate`, the bench's fill), as
 * after any bulk load: without them PostgreSQL plans until autovacuum's next pass as if every
 * table were small (a hash of every user for a page of four events), and SQLite never has
 * `sqlite_stat1` at all.
 */
export async function gatherStatistics(handle: DatabaseHandle): Promise<void> {
  if (handle.dialect === "postgres") {
    await sql`analyze`.execute(handle.db);
    return;
  }
  await sql.raw(`pragma analysis_limit = ${SQLITE_ANALYSIS_LIMIT}`).execute(handle.db);
  await sql`analyze`.execute(handle.db);
}
