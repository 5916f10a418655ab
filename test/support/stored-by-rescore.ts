import { sql } from "kysely";
import type { DatabaseHandle } from "../../src/server/db/connect";

/** Columns that hold numbers: PostgreSQL may hand some back as strings, SQLite never does. */
const NUMERIC = new Set([
  "event_seq",
  "seq",
  "client_score",
  "provider_score",
  "score",
  "is_new",
  "engagement_count",
  "counterparty_count",
]);

/** A number column as a number, whichever database gave it. */
function plain(key: string, value: unknown): unknown {
  return NUMERIC.has(key) && value !== null ? Number(value) : value;
}

/**
 * What `accord rescore` leaves, in a fixed order, as plain values: every column of health's
 * tables (text exactly as stored, long texts whole: `digested` turns them into the golden
 * file's digests), and health's own events in the ledgers (their ids and hashes aside, which
 * are drawn anew).
 */
export async function storedByRescore(handle: DatabaseHandle) {
  const tables: [string, string, string][] = [
    ["engagement_health", "*", "engagement_id"],
    ["organisation_health", "*", "org_id, side"],
    ["organisation_health_counterparties", "*", "org_id, side, counterparty_org_id"],
    ["health_history", "*", "subject_kind, subject_id, side, day"],
    ["health_cohort", "*", "id"],
    ["engagement_events", "engagement_id, seq, type, payload, occurred_at", "engagement_id, seq"],
  ];
  const dump: Record<string, Record<string, unknown>[]> = {};
  for (const [table, columns, order] of tables) {
    const where = table === "engagement_events" ? " where type like 'health.%'" : "";
    const { rows } = await sql
      .raw<Record<string, unknown>>(`select ${columns} from ${table}${where} order by ${order}`)
      .execute(handle.db);
    dump[table] = rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, plain(key, value)])),
    );
  }
  return dump;
}
