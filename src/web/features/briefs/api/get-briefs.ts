import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { api, toQueryString } from "../../../shared/api/api-client";
import type { Brief } from "../../../shared/api/types";

interface BriefPage {
  briefs: Brief[];
  nextCursor: string | null;
}

export function briefsQueryOptions(orgId: string) {
  return infiniteQueryOptions({
    queryKey: ["briefs", "list", orgId],
    queryFn: ({ pageParam }) =>
      api.get<BriefPage>(`/briefs${toQueryString({ orgId, cursor: pageParam })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/**
 * A client's own briefs; for a provider, the published briefs it can answer, invitations
 * first; page by page, `briefs` holding every page loaded.
 */
export function useBriefs(orgId: string) {
  return useInfiniteQuery({
    ...briefsQueryOptions(orgId),
    select: (data) => ({ briefs: data.pages.flatMap((page) => page.briefs) }),
  });
}
