import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Engagement } from "../../../shared/api/types";

export function getEngagement(id: string): Promise<Engagement> {
  return api.get<Engagement>(`/engagements/${encodeURIComponent(id)}`);
}

export function engagementQueryOptions(id: string) {
  return queryOptions({ queryKey: ["engagements", id], queryFn: () => getEngagement(id) });
}

export function useEngagement(id: string) {
  return useQuery(engagementQueryOptions(id));
}
