import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import { moderationQueryKey } from "./get-cases";

export interface HiddenReview {
  reviewId: string;
  reason: string;
  hiddenAt: string;
}

/** A platform moderator hides a review's text for a stated policy reason both sides see. */
export function useHideReview(reviewId: string, engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { reason: string }) =>
      api.post<HiddenReview>(`/moderation/reviews/${encodeURIComponent(reviewId)}/hide`, body),
    onSuccess: () =>
      Promise.all(
        [moderationQueryKey, ["engagements", engagementId]].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
