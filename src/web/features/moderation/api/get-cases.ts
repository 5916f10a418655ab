import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { api, toQueryString } from "../../../shared/api/api-client";
import type { QUEUE_STATUSES } from "../../../../contracts/moderation";
import type { ModerationCaseList, MyCaseList } from "../moderation-types";

/** Which cases the queue lists: `waiting` (open and appealed, the default) or one status. */
export type QueueStatus = "waiting" | (typeof QUEUE_STATUSES)[number];

export const moderationQueryKey = ["moderation"] as const;
export const queueQueryKey = ["moderation", "queue"] as const;
export const myCasesQueryKey = ["moderation", "cases"] as const;

/** Cases on one page of the queue, and of the reader's cases. */
const CASES_PAGE_SIZE = 20;

export function queueQueryOptions(status: QueueStatus = "waiting") {
  return infiniteQueryOptions({
    queryKey: [...queueQueryKey, status],
    queryFn: ({ pageParam }) =>
      api.get<ModerationCaseList>(
        `/moderation/queue${toQueryString({
          limit: CASES_PAGE_SIZE,
          cursor: pageParam,
          status: status === "waiting" ? null : status,
        })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/**
 * The open and appealed cases this moderator may decide, or those of one status, oldest first,
 * page by page: platform moderators only.
 */
export function useModerationQueue(status: QueueStatus = "waiting") {
  return useInfiniteQuery(queueQueryOptions(status));
}

export function myCasesQueryOptions() {
  return infiniteQueryOptions({
    queryKey: myCasesQueryKey,
    queryFn: ({ pageParam }) =>
      api.get<MyCaseList>(
        `/moderation/cases${toQueryString({ limit: CASES_PAGE_SIZE, cursor: pageParam })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** The cases concerning the caller's organisations, newest first, page by page. */
export function useMyCases() {
  return useInfiniteQuery(myCasesQueryOptions());
}
