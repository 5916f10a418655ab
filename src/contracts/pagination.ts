import { z } from "zod";
import { queryInteger } from "./input-rules";

/** The largest page any list answers; documented in docs/API.md. */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/**
 * The one way every list pages: `limit` items (at most {@link MAX_PAGE_SIZE}), then pass the
 * answer's `nextCursor` as `cursor` for the next page; `nextCursor` is null on the last page.
 */
export const PageQuery = z.object({
  cursor: z.string().max(200).optional().meta({ description: "`nextCursor` of the page before" }),
  limit: queryInteger(z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE)),
});
export type PageQuery = z.infer<typeof PageQuery>;

export const NextCursor = z
  .string()
  .nullable()
  .meta({ description: "Pass as `cursor` for the next page; null on the last page" });

/** The name these lists first used for `cursor`; still read, so older integrations keep working. */
export const DeprecatedBefore = z
  .string()
  .max(200)
  .optional()
  .meta({ description: "Deprecated: use `cursor`", deprecated: true });

/**
 * Lists that take a cursor under either name read it as `before` inside: `cursor` wins when
 * both are sent.
 */
export function cursorOrBefore<
  Q extends { cursor?: string | undefined; before?: string | undefined },
>(query: Q): Omit<Q, "cursor" | "before"> & { before?: string } {
  const { cursor, before, ...rest } = query;
  const given = cursor ?? before;
  return given === undefined ? rest : { ...rest, before: given };
}
