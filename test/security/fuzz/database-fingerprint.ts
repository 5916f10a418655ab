import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { AppDeps } from "../../../src/server/platform/deps";

/** A hash of each table's rows, by table name: equal exactly when nothing was written. */
export type Fingerprint = Map<string, string>;

export async function databaseFingerprint(deps: Pick<AppDeps, "db" | "dialect">): Promise<Fingerprint> {
  const tables = await tableNames(deps);
  const fingerprint: Fingerprint = new Map();
  if (deps.dialect === "postgres") {
    // One round trip: each table's rows as JSON text, hashed in a stable order by the server.
    const union = tables
      .map(
        (table) =>
          `select '${table}' as t, coalesce(md5(string_agg(row_to_json(x)::text, ',' order by row_to_json(x)::text)), '') as h from "${table}" x`,
      )
      .join(" union all ");
    const rows = await sql.raw<{ t: string; h: string }>(union).execute(deps.db);
    for (const row of rows.rows) fingerprint.set(row.t, row.h);
    return fingerprint;
  }
  for (const table of tables) {
    const rows = await sql.raw<Record<string, unknown>>(`select * from "${table}"`).execute(deps.db);
    const lines = rows.rows.map((row) => JSON.stringify(row, bigintSafe)).sort();
    fingerprint.set(table, createHash("sha256").update(lines.join("\n")).digest("hex"));
  }
  return fingerprint;
}

/** The tables whose rows differ, leaving out those `ignored` allows to change. */
export function changedTables(
  before: Fingerprint,
  after: Fingerprint,
  ignored: (table: string) => boolean = () => false,
): string[] {
  const tables = new Set([...before.keys(), ...after.keys()]);
  return [...tables].filter((table) => !ignored(table) && before.get(table) !== after.get(table));
}

async function tableNames(deps: Pick<AppDeps, "db" | "dialect">): Promise<string[]> {
  if (deps.dialect === "postgres") {
    const result = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`.execute(deps.db);
    return result.rows.map((row) => row.name);
  }
  const result = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by 1`.execute(
    deps.db,
  );
  return result.rows.map((row) => row.name);
}

function bigintSafe(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("hex");
  return value;
}
