import { createHash } from "node:crypto";

/** A dump as stored: run → table → rows of plain values (texts whole). */
export type Dump = Record<string, Record<string, Record<string, unknown>[]>>;

const DIGEST = "sha256:";

/** A long text (a stored state, an explanation) by its digest: the golden file stays small. */
export function digestOf(value: unknown): unknown {
  if (typeof value === "string" && value.length > 120) {
    return `${DIGEST}${createHash("sha256").update(value).digest("hex")}`;
  }
  return value;
}

/** The dump as the golden file holds it: every long text by its digest. */
export function digested(dump: Dump): Dump {
  return mapRows(dump, (row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, digestOf(value)])),
  );
}

function mapRows(dump: Dump, map: (row: Record<string, unknown>) => Record<string, unknown>): Dump {
  return Object.fromEntries(
    Object.entries(dump).map(([run, tables]) => [
      run,
      Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, rows.map(map)])),
    ]),
  );
}

/**
 * The texts behind digests, from every dump this process saw (the other database's run of the
 * same file, say): a golden digest whose text is known can be decoded and compared field by field.
 */
export class KnownTexts {
  private readonly texts = new Map<string, string>();

  learn(dump: Dump): void {
    for (const tables of Object.values(dump)) {
      for (const rows of Object.values(tables)) {
        for (const row of rows) {
          for (const value of Object.values(row)) {
            const digest = digestOf(value);
            if (typeof value === "string" && digest !== value)
              this.texts.set(digest as string, value);
          }
        }
      }
    }
  }

  textOf(digest: unknown): string | undefined {
    return typeof digest === "string" ? this.texts.get(digest) : undefined;
  }
}

/** What identifies a row of each table in a message (its sort key). */
const KEYS: Record<string, readonly string[]> = {
  engagement_health: ["engagement_id"],
  organisation_health: ["org_id", "side"],
  organisation_health_counterparties: ["org_id", "side", "counterparty_org_id"],
  health_history: ["subject_kind", "subject_id", "side", "day"],
  health_cohort: ["id"],
  engagement_events: ["engagement_id", "seq"],
};

const MAX_ROWS = 5;
const MAX_PATHS = 12;
const MAX_TEXT = 600;

/**
 * Where `actual` (texts whole) differs from the golden dump, for a failure message a person
 * can read: the first few differing rows of each table by key, and of each differing field the
 * JSON paths that moved (when the golden text is known) or the decoded text found; "" when
 * they are equal.
 */
export function describeDifferences(actual: Dump, golden: Dump, known: KnownTexts): string {
  const lines: string[] = [];
  for (const run of new Set([...Object.keys(golden), ...Object.keys(actual)])) {
    const actualTables = actual[run] ?? {};
    const goldenTables = golden[run] ?? {};
    for (const table of new Set([...Object.keys(goldenTables), ...Object.keys(actualTables)])) {
      const got = actualTables[table] ?? [];
      const want = goldenTables[table] ?? [];
      const differing: string[] = [];
      let count = 0;
      if (got.length !== want.length) {
        differing.push(`  ${want.length} rows in the golden file, ${got.length} stored`);
      }
      for (let index = 0; index < Math.max(got.length, want.length); index++) {
        const row = got[index] ?? {};
        const wanted = want[index] ?? {};
        const fields = [...new Set([...Object.keys(wanted), ...Object.keys(row)])].filter(
          (field) => digestOf(row[field]) !== wanted[field],
        );
        if (fields.length === 0) continue;
        count++;
        if (count > MAX_ROWS) continue;
        const key = (KEYS[table] ?? []).map((k) => String(row[k] ?? wanted[k])).join(" ");
        differing.push(`  row ${index} (${key}):`);
        for (const field of fields) {
          differing.push(...fieldDifference(field, wanted[field], row[field], known));
        }
      }
      if (count > MAX_ROWS) differing.push(`  … and ${count - MAX_ROWS} more rows`);
      if (differing.length > 0) lines.push(`${run} ${table}:`, ...differing);
    }
  }
  return lines.join("\n");
}

function fieldDifference(
  field: string,
  wanted: unknown,
  got: unknown,
  known: KnownTexts,
): string[] {
  const wantedText = known.textOf(wanted);
  const isDigest = typeof wanted === "string" && wanted.startsWith(DIGEST);
  if (!isDigest || typeof got !== "string") {
    return [`    ${field}: ${JSON.stringify(wanted)} → ${JSON.stringify(digestOf(got))}`];
  }
  const decoded = parsed(got);
  if (wantedText === undefined) {
    // Known when a run of this process stored it: SQLite's run comes first in the file.
    const text = JSON.stringify(decoded);
    return [
      `    ${field}: golden ${wanted}, a text no run here stored; stored now:`,
      `      ${text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text}`,
    ];
  }
  const paths: string[] = [];
  jsonDifferences(parsed(wantedText), decoded, "", paths);
  const shown = paths.slice(0, MAX_PATHS).map((line) => `      ${line}`);
  if (paths.length > MAX_PATHS) shown.push(`      … and ${paths.length - MAX_PATHS} more`);
  if (paths.length === 0) shown.push("      (the same JSON, spaced differently)");
  return [`    ${field} (golden → stored):`, ...shown];
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Every path where two JSON values differ, as `path: golden → stored`. */
export function jsonDifferences(a: unknown, b: unknown, path: string, out: string[]): void {
  if (out.length > MAX_PATHS) return;
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null;
  if (isObject(a) && isObject(b) && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) {
      out.push(`${path || "(top)"}: ${a.length} items → ${b.length} items`);
    }
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (!Array.isArray(a) && keysA.join() !== keysB.join()) {
      // A key order is part of the stored text (a Map or object filled in another order).
      out.push(`${path || "(top)"}: keys ${keysA.join(",")} → ${keysB.join(",")}`);
    }
    for (const key of new Set([...keysA, ...keysB])) {
      const next = Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`;
      jsonDifferences(a[key], b[key], next, out);
    }
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    out.push(`${path || "(top)"}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
  }
}
