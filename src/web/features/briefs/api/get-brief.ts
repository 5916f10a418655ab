import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Brief } from "../../../shared/api/types";

export function getBrief(id: string): Promise<Brief> {
  return api.get<Brief>(`/briefs/${encodeURIComponent(id)}`);
}

export function briefQueryOptions(id: string) {
  return queryOptions({ queryKey: ["briefs", id], queryFn: () => getBrief(id) });
}

/** One brief with its clarity findings in the reader's language. */
export function useBrief(id: string) {
  return useQuery(briefQueryOptions(id));
}
