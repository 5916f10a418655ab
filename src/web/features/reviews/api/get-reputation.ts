import { queryOptions, useQuery } from "@tanstack/react-query";
import { getReputation } from "./fetch-reputation";

export const reputationQueryKey = (orgId: string) => ["orgs", orgId, "reputation"] as const;

export function reputationQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: reputationQueryKey(orgId),
    queryFn: () => getReputation(orgId),
  });
}

/** An organisation's public reputation: counts, smoothed average, silence, "new". */
export function useReputation(orgId: string) {
  return useQuery(reputationQueryOptions(orgId));
}
