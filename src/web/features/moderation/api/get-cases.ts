import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from "@tanstack/react-query";
import { api, toQueryString } from "../../../shared/api/api-client";
import type { ModerationCaseList, MyCaseList } from "../moderation-types";

export const moderationQueryKey = ["moderation"] as const;
export const queueQueryKey = ["moderation", "queue"] as const;
export const myCasesQueryKey = ["moderation", "cases"] as const;

export function queueQueryOptions() {
  return queryOptions({
    queryKey: queueQueryKey,
    queryFn: () => api.get<ModerationCaseList>("/moderation/queue"),
  });
}

/** Open and appealed cases, oldest first: platform moderators only. */
export function useModerationQueue() {
  return useQuery(queueQueryOptions());
}

/** Cases on one page of the reader's cases. */
const MY_CASES_PAGE_SIZE = 20;

export function myCasesQueryOptions() {
  return infiniteQueryOptions({
    queryKey: myCasesQueryKey,
    queryFn: ({ pageParam }) =>
      api.get<MyCaseList>(
        `/moderation/cases${toQueryString({ limit: MY_CASES_PAGE_SIZE, cursor: pageParam })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** The cases concerning the caller's organisations, newest first, page by page. */
export function useMyCases() {
  return useInfiniteQuery(myCasesQueryOptions());
}
