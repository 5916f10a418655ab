import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { ReviewRound, ScreeningNotice, SubmitReviewBody } from "../review-types";
import { reviewsPath, reviewsQueryKey } from "./get-reviews";

/** Submits the caller's side's review of an occasion; a threat is answered `screening_nudge`. */
export function useSubmitReview(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitReviewBody) =>
      api.post<{ round: ReviewRound; screening: ScreeningNotice | null }>(
        reviewsPath(engagementId),
        body,
      ),
    onSuccess: () =>
      Promise.all(
        [reviewsQueryKey(engagementId), ["engagements", engagementId, "events"]].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
