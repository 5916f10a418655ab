import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Organisation } from "../../../shared/api/types";

export function getOrg(orgId: string): Promise<Organisation> {
  return api.get<Organisation>(`/orgs/${encodeURIComponent(orgId)}`);
}

export function orgQueryOptions(orgId: string) {
  return queryOptions({ queryKey: ["orgs", orgId], queryFn: () => getOrg(orgId) });
}

export function useOrg(orgId: string) {
  return useQuery(orgQueryOptions(orgId));
}
