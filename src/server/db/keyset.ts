import { sql, type Expression, type RawBuilder, type SqlBool } from "kysely";
import type { Cursor } from "../platform/cursor";

/**
 * The one keyset condition of a paged list: the rows past the cursor in the list's order, by
 * its key and then its unique id, which breaks the key's ties (PostgreSQL returns rows of equal
 * keys in any order). `"asc"` goes on after the cursor, `"desc"` (newest first) before it.
 * `key` and `id` are column references ("m.created_at") or, for a computed key, its expression;
 * a whole-number key (a change request's number) is bound as a number.
 */
export function pastCursor(
  key: string | Expression<string> | Expression<number>,
  id: string,
  cursor: Cursor | { key: number; id: string },
  direction: "asc" | "desc",
): RawBuilder<SqlBool> {
  const keyRef = typeof key === "string" ? sql.ref(key) : key;
  const past = sql.raw(direction === "asc" ? ">" : "<");
  return sql<SqlBool>`(${keyRef} ${past} ${cursor.key} or (${keyRef} = ${cursor.key} and ${sql.ref(id)} ${past} ${cursor.id}))`;
}
