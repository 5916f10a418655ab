import { sql, type CompiledQuery, type Kysely } from "kysely";
import { sentUnanswered } from "../../db/prepared-statements";
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
  /** The text compiled once per dialect's adapter (which a database's transactions share). */
  compiled: WeakMap<object, CompiledQuery>;
  /** A write whose answer nobody reads: on PostgreSQL not waited for (`sentUnanswered`). */
  isAnswerUnread: boolean;
}

export function healthStatement(
  text: string,
  options: { isAnswerUnread?: boolean } = {},
): HealthStatement {
  const parts = text.split("?");
  return {
    fragments: Object.assign(parts, { raw: parts }),
    compiled: new WeakMap(),
    isAnswerUnread: options.isAnswerUnread ?? false,
  };
}

/**
 * Runs a statement with its values, one per `?` in its text. Its compiled form is the same
 * whatever the values (each `?` becomes one parameter, in order), so it is compiled once per
 * adapter and then run with the new values: building and compiling the raw node on every run
 * cost about a fifth of a statement on SQLite. A Kysely with plugins (the tests' statement
 * recorder) builds it every time, so that they see it.
 */
export async function runStatement<Row>(
  db: Kysely<Database>,
  statement: HealthStatement,
  parameters: readonly unknown[],
): Promise<Row[]> {
  const executor = db.getExecutor();
  let compiled = statement.compiled.get(executor.adapter);
  if (!compiled) {
    compiled = sql(statement.fragments, ...parameters).compile(db);
    if (compiled.parameters.length !== parameters.length) {
      throw new Error("a health statement's values must be one parameter each");
    }
    statement.compiled.set(executor.adapter, compiled);
    if (statement.isAnswerUnread) sentUnanswered(compiled.sql);
  }
  if (executor.plugins.length > 0) {
    return (await sql<Row>(statement.fragments, ...parameters).execute(db)).rows;
  }
  const result = await db.executeQuery<Row>({ ...compiled, parameters });
  return result.rows;
}

/** `(?, …), (?, …)` for `rows` rows of `columns` values each. */
export function valuesList(rows: number, columns: number): string {
  const row = `(${new Array<string>(columns).fill("?").join(", ")})`;
  return new Array<string>(rows).fill(row).join(", ");
}
