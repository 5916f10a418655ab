import type {
  Kysely,
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from "kysely";
import type { Database } from "../../src/server/db/schema";

export interface RecordedQuery {
  sql: string;
  parameters: readonly unknown[];
}

/**
 * The SQL Kysely compiles for every statement run through the returned database (also inside
 * its transactions), as the driver receives it. `record.queries` grows as they run.
 */
export function recordQueries(
  db: Kysely<Database>,
  queries: RecordedQuery[] = [],
): {
  db: Kysely<Database>;
  queries: RecordedQuery[];
} {
  const plugin: KyselyPlugin = {
    transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
      const compiled = db.getExecutor().compileQuery(node, queryId);
      queries.push({ sql: compiled.sql, parameters: compiled.parameters });
      return node;
    },
    transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      return Promise.resolve(result);
    },
  };
  return { db: db.withPlugin(plugin), queries };
}

/**
 * A `buildTestApp` `wrapDb` that records every statement the app runs into `queries`, which the
 * test keeps (and empties as it likes).
 */
export function recordingInto(queries: RecordedQuery[]) {
  return (db: Kysely<Database>): Kysely<Database> => recordQueries(db, queries).db;
}
