import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Member } from "../../../shared/api/types";

export function getMembers(orgId: string): Promise<{ members: Member[] }> {
  return api.get<{ members: Member[] }>(`/orgs/${encodeURIComponent(orgId)}/members`);
}

export function membersQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: ["orgs", orgId, "members"],
    queryFn: () => getMembers(orgId),
  });
}

export function useMembers(orgId: string) {
  return useQuery(membersQueryOptions(orgId));
}
