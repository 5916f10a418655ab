import type { Compilable, CompiledQuery, Kysely } from "kysely";
import type { Database } from "./schema";

/** Stands for a query's value while it is compiled; found again among the parameters by identity. */
class Slot {
  constructor(readonly index: number) {}
}

type Parameter = { slot: number } | { fixed: unknown };

/**
 * A query whose shape never changes, built and compiled by Kysely once per database and then
 * run with new values: building and compiling the session's four-table join cost more CPU than
 * SQLite took to answer it, on every signed-in request. `build` must use each value as a plain
 * value (no `in` lists, nothing that changes the SQL text with the value). A Kysely with
 * plugins builds the query every time, so that they see it.
 */
export function compiledOnce<Values extends unknown[], Row>(
  build: (db: Kysely<Database>, ...values: Values) => Compilable<Row>,
): (db: Kysely<Database>, ...values: Values) => Promise<Row[]> {
  // By the dialect's adapter, which a database's transactions share.
  const compiled = new WeakMap<object, { query: CompiledQuery<Row>; parameters: Parameter[] }>();
  return async (db, ...values) => {
    // A plugin (the tests' statement recorder) must see the query each time it runs.
    if (db.getExecutor().plugins.length > 0) {
      return (await db.executeQuery<Row>(build(db, ...values))).rows;
    }
    const adapter = db.getExecutor().adapter;
    let entry = compiled.get(adapter);
    if (!entry) {
      const slots = values.map((_, index) => new Slot(index)) as Values;
      const query = build(db, ...slots).compile();
      const parameters = query.parameters.map((value): Parameter =>
        value instanceof Slot ? { slot: value.index } : { fixed: value },
      );
      const used = new Set(parameters.flatMap((p) => ("slot" in p ? [p.slot] : [])));
      if (used.size !== values.length)
        throw new Error("a compiled-once query must use every value");
      entry = { query, parameters };
      compiled.set(adapter, entry);
    }
    const parameters = entry.parameters.map((p) => ("slot" in p ? values[p.slot] : p.fixed));
    const result = await db.executeQuery<Row>({ ...entry.query, parameters });
    return result.rows;
  };
}
