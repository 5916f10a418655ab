import { fail, ok, type Result } from "./result";

/**
 * Keyset cursors over (created_at, id): opaque to callers, so the ordering can change without
 * breaking them. Undefined when the text is not a cursor.
 */
export interface Cursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString("base64url");
}

export function decodeCursor(text: string): Cursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "string" && typeof value[1] === "string") {
      return { createdAt: value[0], id: value[1] };
    }
  } catch {
    // not a cursor: reported by the caller as bad input
  }
  return undefined;
}

/**
 * The cursor a list was asked to go on from: none on the first page, else the decoded cursor,
 * or the API's `400 validation_failed` on `cursor` when the text is not one.
 */
export function cursorFromQuery(text: string | undefined): Result<Cursor | undefined> {
  if (text === undefined) return ok(undefined);
  const cursor = decodeCursor(text);
  return cursor
    ? ok(cursor)
    : fail("validation_failed", undefined, [{ path: "cursor", key: "validation.invalid" }]);
}

/**
 * One page out of `limit + 1` rows read in the list's order: the first `limit`, and the cursor
 * of the last of them when the extra row shows that another page follows.
 */
export function keysetPage<T>(
  rows: readonly T[],
  limit: number,
  cursorOf: (row: T) => Cursor,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null,
  };
}
