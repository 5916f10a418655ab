import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, toQueryString } from "../../../shared/api/api-client";
import type { ApiToken } from "../../../shared/api/types";

export function getTokens(orgId: string): Promise<{ tokens: ApiToken[] }> {
  return api.get<{ tokens: ApiToken[] }>(`/tokens${toQueryString({ orgId })}`);
}

export function tokensQueryOptions(orgId: string) {
  return queryOptions({ queryKey: ["tokens", orgId], queryFn: () => getTokens(orgId) });
}

export function useTokens(orgId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...tokensQueryOptions(orgId), enabled });
}
