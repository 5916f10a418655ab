import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

/**
 * Health's hot statements as fixed SQL texts: health runs them on every event and on every
 * engagement of `accord rescore`, where building a query through the builder (an operation tree
 * per statement, a node per value of a thousand-row insert) cost more than running it. A text is
 * written once with `?` for its values and runs as Kysely raw SQL, so it still passes Kysely's
 * plugins and its dialect's placeholders (`$1`, `$2`, … on PostgreSQL); SQLite's statement cache
 * (`db/statement-cache.ts`) prepares each text once and reuses it.
 */
export interface HealthStatement {
  fragments: TemplateStringsArray;
}

export function healthStatement(text: string): HealthStatement {
  const parts = text.split("?");
  return { fragments: Object.assign(parts, { raw: parts }) };
}

export async function runStatement<Row>(
  db: Kysely<Database>,
  statement: HealthStatement,
  parameters: readonly unknown[],
): Promise<Row[]> {
  const result = await sql<Row>(statement.fragments, ...parameters).execute(db);
  return result.rows;
}

/** `(?, …), (?, …)` for `rows` rows of `columns` values each. */
export function valuesList(rows: number, columns: number): string {
  const row = `(${new Array<string>(columns).fill("?").join(", ")})`;
  return new Array<string>(rows).fill(row).join(", ");
}
