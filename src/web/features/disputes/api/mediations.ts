import {
  infiniteQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from "@tanstack/react-query";
import { api, toQueryString } from "../../../shared/api/api-client";
import type { Dispute, MediationList } from "../dispute-types";

export const mediationsQueryKey = ["moderation", "mediations"] as const;

/** Disputes on one page of the mediation queue. */
const MEDIATIONS_PAGE_SIZE = 20;

/** Disputes in mediation, oldest waiting first, page by page: platform moderators only. */
export function useMediations() {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: mediationsQueryKey,
      queryFn: ({ pageParam }) =>
        api.get<MediationList>(
          `/moderation/mediations${toQueryString({ limit: MEDIATIONS_PAGE_SIZE, cursor: pageParam })}`,
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
    }),
  );
}

/** A moderator of neither side gives the dispute its non-binding recommendation. */
export function useGiveRecommendation(disputeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (recommendation: string) =>
      api.post<Dispute>(`/moderation/mediations/${encodeURIComponent(disputeId)}/recommendation`, {
        recommendation,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mediationsQueryKey }),
  });
}
