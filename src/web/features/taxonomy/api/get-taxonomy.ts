import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Taxonomy } from "../../../shared/api/types";

export function getTaxonomy(): Promise<Taxonomy> {
  return api.get<Taxonomy>("/taxonomy");
}

/** Moderators change the taxonomy rarely: a few minutes of cache spare every page a request. */
export const taxonomyQueryOptions = queryOptions({
  queryKey: ["taxonomy"],
  queryFn: getTaxonomy,
  staleTime: 5 * 60_000,
});

export function useTaxonomy() {
  return useQuery(taxonomyQueryOptions);
}
