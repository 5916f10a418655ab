import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { api, toQueryString } from "../../../shared/api/api-client";
import type { Proposal } from "../../../shared/api/types";

interface ProposalPage {
  proposals: Proposal[];
  nextCursor: string | null;
}

function myProposalsQueryOptions(orgId: string) {
  return infiniteQueryOptions({
    queryKey: ["proposals", "of", orgId],
    queryFn: ({ pageParam }) =>
      api.get<ProposalPage>(`/proposals${toQueryString({ orgId, cursor: pageParam })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/**
 * A provider organisation's own proposals, in every state, whatever became of the briefs,
 * newest first, page by page.
 */
export function useMyProposals(orgId: string) {
  const query = useInfiniteQuery(myProposalsQueryOptions(orgId));
  return {
    proposals: query.data?.pages.flatMap((page) => page.proposals) ?? [],
    isPending: query.isPending,
    error: query.error,
    refetch: () => void query.refetch(),
    hasNextPage: query.hasNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    fetchNextPage: query.fetchNextPage,
  };
}
