import { isStorableText } from "../../contracts/input-rules";
import { fail, ok, type Result } from "./result";

/**
 * Where a keyset page ends: the sort key and the unique id of its last row, the id breaking
 * ties of the key (PostgreSQL returns rows of equal keys in any order). Opaque to callers, so
 * a list's ordering can change without breaking them.
 */
export interface Cursor {
  key: string;
  id: string;
}

/**
 * A cursor as text. `order` names the ordering of a list that has several (the engagement
 * list's sorts), so a cursor of one is refused by another; a list of one ordering names none.
 */
export function encodeCursor(cursor: Cursor, order?: string): string {
  const value = order === undefined ? [cursor.key, cursor.id] : [cursor.key, cursor.id, order];
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** The cursor the text is, of that ordering; undefined when it is not one. */
export function decodeCursor(text: string, order?: string): Cursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length <= 3 &&
      typeof value[0] === "string" &&
      typeof value[1] === "string" &&
      // A forged cursor's NUL would reach the database as a bound value and fail there.
      isStorableText(value[0]) &&
      isStorableText(value[1]) &&
      value[2] === order
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // not a cursor: reported by the caller as bad input
  }
  return undefined;
}

/**
 * The cursor a list was asked to go on from: none on the first page, else the decoded cursor,
 * or the API's `400 validation_failed` on `cursor` when the text is not one (of this ordering).
 */
export function cursorFromQuery(
  text: string | undefined,
  order?: string,
): Result<Cursor | undefined> {
  if (text === undefined) return ok(undefined);
  const cursor = decodeCursor(text, order);
  return cursor ? ok(cursor) : badCursor();
}

/** The API's `400 validation_failed` on `cursor`: the text sent is not a cursor of this list. */
export function badCursor(): Result<never> {
  return fail("validation_failed", undefined, [{ path: "cursor", key: "validation.invalid" }]);
}

/**
 * One page out of `limit + 1` rows read in the list's order: the first `limit`, and the cursor
 * of the last of them when the extra row shows that another page follows.
 */
export function keysetPage<T>(
  rows: readonly T[],
  limit: number,
  cursorOf: (row: T) => Cursor,
  order?: string,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last), order) : null,
  };
}
