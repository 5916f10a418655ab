import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { ProviderProfile } from "../../../shared/api/types";

export function getProviderProfile(orgId: string): Promise<ProviderProfile> {
  return api.get<ProviderProfile>(`/providers/${encodeURIComponent(orgId)}`);
}

export function providerProfileQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: ["providers", orgId],
    queryFn: () => getProviderProfile(orgId),
  });
}

/** A provider's public profile with the track record Accord computes. */
export function useProviderProfile(orgId: string) {
  return useQuery(providerProfileQueryOptions(orgId));
}
