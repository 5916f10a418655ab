import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { ReplyBody, ReviewRoundList, ScreeningNotice } from "../review-types";
import { reviewsPath, reviewsQueryKey } from "./get-reviews";

/** The reviewed party's one public reply; a threat is answered `screening_nudge`. */
export function useReplyToReview(engagementId: string, reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplyBody) =>
      api.post<ReviewRoundList & { screening: ScreeningNotice | null }>(
        `${reviewsPath(engagementId)}/${encodeURIComponent(reviewId)}/reply`,
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
