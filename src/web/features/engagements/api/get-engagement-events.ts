import { queryOptions, useQuery } from "@tanstack/react-query";
import { getEngagementEvents } from "./fetch-engagement-events";

export function engagementEventsQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["engagements", id, "events"],
    queryFn: () => getEngagementEvents(id),
  });
}

export function useEngagementEvents(id: string) {
  return useQuery(engagementEventsQueryOptions(id));
}
