import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { MatchList } from "../../../shared/api/types";

export function getMatches(briefId: string): Promise<MatchList> {
  return api.get<MatchList>(`/briefs/${encodeURIComponent(briefId)}/matches`);
}

export function matchesQueryOptions(briefId: string) {
  return queryOptions({
    queryKey: ["briefs", briefId, "matches"],
    queryFn: () => getMatches(briefId),
  });
}

/** Providers ranked by aptitude for the brief, every factor explained and weighted. */
export function useMatches(briefId: string) {
  return useQuery(matchesQueryOptions(briefId));
}
