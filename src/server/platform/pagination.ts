import type { PageQuery } from "../../contracts/pagination";
import { fail, ok, type Result } from "./result";

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * One page of a list in the order its use-case answers it: the items after the cursor's item.
 * The cursor is opaque to callers (the last item's id today), so a list may later page in SQL
 * without breaking them. A cursor that no longer points into the list is bad input.
 */
export function pageOf<T extends { id: string }>(
  items: readonly T[],
  query: PageQuery,
): Result<Page<T>> {
  let start = 0;
  if (query.cursor !== undefined) {
    const afterId = idOfCursor(query.cursor);
    const index = afterId === undefined ? -1 : items.findIndex((item) => item.id === afterId);
    if (index < 0) {
      return fail("validation_failed", undefined, [{ path: "cursor", key: "validation.invalid" }]);
    }
    start = index + 1;
  }
  const page = items.slice(start, start + query.limit);
  const last = page.at(-1);
  const hasMore = start + query.limit < items.length;
  return ok({ items: page, nextCursor: hasMore && last ? cursorOf(last.id) : null });
}

function cursorOf(id: string): string {
  return Buffer.from(JSON.stringify({ after: id })).toString("base64url");
}

function idOfCursor(cursor: string): string | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof value === "object" && value !== null && "after" in value) {
      return typeof value.after === "string" ? value.after : undefined;
    }
  } catch {
    // not a cursor of ours
  }
  return undefined;
}

/** A use-case's whole list as one page under `key` with its `nextCursor`, the API's list shape. */
export function pageAs<K extends string, T extends { id: string }>(
  key: K,
  listed: Result<readonly T[]>,
  query: PageQuery,
): Result<Record<K, T[]> & { nextCursor: string | null }> {
  if (!listed.ok) return listed;
  const paged = pageOf(listed.value, query);
  if (!paged.ok) return paged;
  const body = { [key]: paged.value.items } as Record<K, T[]>;
  return ok({ ...body, nextCursor: paged.value.nextCursor });
}
