import type { Compilable, CompiledQuery, Kysely } from "kysely";
import type { Database } from "./schema";

/** Stands for a query's value while it is compiled; found again among the parameters by identity. */
class Slot {
  constructor(readonly index: number) {}
}

type Parameter = { slot: number } | { fixed: unknown };

/** A value of a query compiled once: a plain value, a list of them (`in (…)`), or none. */
type ShapedValue = string | number | boolean | null | undefined | readonly (string | number)[];

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
  const run = compiledPerShape((db, _shape: object, values: { list: Values }) =>
    build(db, ...values.list),
  );
  return (db, ...values) => run(db, {}, { list: values });
}

/**
 * A query whose SQL text depends on a few choices (`shape`: which filter, which side) and on
 * which values are given and how long their lists are, compiled once per database and each
 * such combination, then run with new values. `build` must use the values as plain values or
 * as `in (…)` lists, and derive nothing from them (a pattern built from words is made before,
 * and passed as a value); `shape` it may read as it likes.
 */
export function compiledPerShape<
  Shape extends object,
  Values extends { [name: string]: ShapedValue | unknown[] },
  Row,
>(
  build: (db: Kysely<Database>, shape: Shape, values: Values) => Compilable<Row>,
): (db: Kysely<Database>, shape: Shape, values: Values) => Promise<Row[]> {
  // By the dialect's adapter, which a database's transactions share, then by the shape's key.
  const compiled = new WeakMap<
    object,
    Map<string, { query: CompiledQuery<Row>; parameters: Parameter[] }>
  >();
  return async (db, shape, values) => {
    // A plugin (the tests' statement recorder) must see the query each time it runs.
    if (db.getExecutor().plugins.length > 0) {
      return (await db.executeQuery<Row>(build(db, shape, values))).rows;
    }
    const adapter = db.getExecutor().adapter;
    let byShape = compiled.get(adapter);
    if (!byShape) {
      byShape = new Map();
      compiled.set(adapter, byShape);
    }
    const flat: unknown[] = [];
    const key = `${JSON.stringify(shape)}${layoutOf(values, flat)}`;
    let entry = byShape.get(key);
    if (!entry) {
      const query = build(db, shape, slotted(values)).compile();
      const parameters = query.parameters.map((value): Parameter =>
        value instanceof Slot ? { slot: value.index } : { fixed: value },
      );
      const used = new Set(parameters.flatMap((p) => ("slot" in p ? [p.slot] : [])));
      if (used.size !== flat.length) throw new Error("a compiled-once query must use every value");
      entry = { query, parameters };
      byShape.set(key, entry);
    }
    const parameters = entry.parameters.map((p) => ("slot" in p ? flat[p.slot] : p.fixed));
    const result = await db.executeQuery<Row>({ ...entry.query, parameters });
    return result.rows;
  };
}

/**
 * Which values are given and how long each list is, as text; the values themselves are added
 * to `flat` in the order `slotted` numbers their slots.
 */
function layoutOf(values: object, flat: unknown[]): string {
  let layout = "";
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      layout += `|${name}[${value.length}]`;
      for (const item of value) flat.push(item);
    } else {
      layout += `|${name}`;
      flat.push(value);
    }
  }
  return layout;
}

/** The values with a slot in place of each one, numbered as `layoutOf` lists them. */
function slotted<Values extends object>(values: Values): Values {
  let index = 0;
  const slots: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    slots[name] = Array.isArray(value) ? value.map(() => new Slot(index++)) : new Slot(index++);
  }
  return slots as Values;
}
