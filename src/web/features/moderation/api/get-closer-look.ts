import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { api, toQueryString } from "../../../shared/api/api-client";
import type { CloserLookPage } from "../moderation-types";

export const closerLookQueryKey = ["moderation", "closer-look"] as const;

/** Reviews on one page of the closer-look list. */
const PAGE_SIZE = 20;

export function closerLookQueryOptions() {
  return infiniteQueryOptions({
    queryKey: closerLookQueryKey,
    queryFn: ({ pageParam }) =>
      api.get<CloserLookPage>(
        `/moderation/closer-look${toQueryString({ limit: PAGE_SIZE, cursor: pageParam })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** Reviews marked for a closer look, newest first, page by page: platform moderators only. */
export function useCloserLook() {
  return useInfiniteQuery(closerLookQueryOptions());
}
