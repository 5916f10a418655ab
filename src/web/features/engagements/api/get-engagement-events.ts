import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { getEngagementEvents } from "./fetch-engagement-events";

export function engagementEventsQueryOptions(id: string) {
  return infiniteQueryOptions({
    queryKey: ["engagements", id, "events"],
    queryFn: ({ pageParam }) => getEngagementEvents(id, pageParam),
    initialPageParam: null as string | null,
    // Each further page reaches further back in the ledger.
    getNextPageParam: (page) => page.nextCursor,
  });
}

/**
 * The engagement's timeline: the newest page first, earlier ones on request (`hasNextPage`).
 * `events` is the whole of what is loaded, oldest first.
 */
export function useEngagementEvents(id: string) {
  return useInfiniteQuery({
    ...engagementEventsQueryOptions(id),
    select: (data) => ({ events: [...data.pages].reverse().flatMap((page) => page.events) }),
  });
}
