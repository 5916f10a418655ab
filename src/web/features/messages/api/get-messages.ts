import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { api, toQueryString } from "../../../shared/api/api-client";
import type { ThreadMessageList } from "../../../shared/api/types";
import { MESSAGES_POLL_MS, messagesBasePath } from "./get-threads";

export const threadMessagesQueryKey = (engagementId: string, thread: string) =>
  ["engagements", engagementId, "messages", thread] as const;

export function threadMessagesQueryOptions(engagementId: string, thread: string) {
  return infiniteQueryOptions({
    queryKey: threadMessagesQueryKey(engagementId, thread),
    queryFn: ({ pageParam }) =>
      api.get<ThreadMessageList>(
        `${messagesBasePath(engagementId)}/messages${toQueryString({ thread, cursor: pageParam })}`,
      ),
    initialPageParam: null as string | null,
    // Each further page reaches further back in time.
    getNextPageParam: (page) => page.nextCursor,
    refetchInterval: MESSAGES_POLL_MS,
  });
}

/**
 * A thread's messages with their read receipts: the newest page first, older ones on request
 * (`hasNextPage`). `messages` is the whole of what is loaded, oldest first.
 */
export function useThreadMessages(engagementId: string, thread: string) {
  return useInfiniteQuery({
    ...threadMessagesQueryOptions(engagementId, thread),
    select: (data) => ({
      messages: [...data.pages].reverse().flatMap((page) => page.messages),
    }),
  });
}
