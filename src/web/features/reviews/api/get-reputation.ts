import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Reputation } from "../review-types";

export const reputationQueryKey = (orgId: string) => ["orgs", orgId, "reputation"] as const;

export function reputationQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: reputationQueryKey(orgId),
    queryFn: () => api.get<Reputation>(`/orgs/${encodeURIComponent(orgId)}/reputation`),
  });
}

/** An organisation's public reputation: counts, smoothed average, silence, "new". */
export function useReputation(orgId: string) {
  return useQuery(reputationQueryOptions(orgId));
}
