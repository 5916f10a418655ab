import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { ThreadList } from "../../../shared/api/types";

export const messagesBasePath = (engagementId: string) =>
  `/engagements/${encodeURIComponent(engagementId)}`;

export const threadsQueryKey = (engagementId: string) =>
  ["engagements", engagementId, "threads"] as const;

/** The other side writes too: open threads refresh this often, without a socket. */
export const MESSAGES_POLL_MS = 30_000;

export function threadsQueryOptions(engagementId: string) {
  return queryOptions({
    queryKey: threadsQueryKey(engagementId),
    queryFn: () => api.get<ThreadList>(`${messagesBasePath(engagementId)}/threads`),
    refetchInterval: MESSAGES_POLL_MS,
  });
}

/** The engagement's threads someone wrote in, with the reader's unread count in each. */
export function useThreads(engagementId: string) {
  return useQuery(threadsQueryOptions(engagementId));
}
