import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Dispute, MediationList } from "../dispute-types";

export const mediationsQueryKey = ["moderation", "mediations"] as const;

/** Disputes in mediation, oldest waiting first: platform moderators only. */
export function useMediations() {
  return useQuery(
    queryOptions({
      queryKey: mediationsQueryKey,
      queryFn: () => api.get<MediationList>("/moderation/mediations"),
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
