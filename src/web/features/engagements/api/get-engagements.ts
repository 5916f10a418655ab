import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { api, toQueryString } from "../../../shared/api/api-client";
import type { EngagementList, EngagementStatus } from "../../../shared/api/types";
import type { EngagementSort } from "../../../../contracts/engagements";

/** What the list asks the server for: it filters and sorts, the web only pages. */
export interface EngagementFilter {
  orgId: string;
  status?: EngagementStatus | undefined;
  sort?: EngagementSort | undefined;
  q?: string | undefined;
  waitingOn?: "us" | "them" | undefined;
}

const PAGE_SIZE = 25;

export function getEngagements(filter: EngagementFilter, cursor?: string): Promise<EngagementList> {
  return api.get<EngagementList>(
    `/engagements${toQueryString({ ...filter, limit: PAGE_SIZE, cursor })}`,
  );
}

export function engagementsQueryOptions(filter: EngagementFilter) {
  return infiniteQueryOptions({
    queryKey: ["engagements", "list", filter],
    queryFn: ({ pageParam }) => getEngagements(filter, pageParam ?? undefined),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** The organisation's engagements in the order asked (newest first by default), a page at a time. */
export function useEngagements(filter: EngagementFilter) {
  return useInfiniteQuery(engagementsQueryOptions(filter));
}
