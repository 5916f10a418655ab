import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { ReviewRoundList } from "../review-types";

export const reviewsPath = (engagementId: string) =>
  `/engagements/${encodeURIComponent(engagementId)}/reviews`;

export const reviewsQueryKey = (engagementId: string) =>
  ["engagements", engagementId, "reviews"] as const;

export function reviewsQueryOptions(engagementId: string) {
  return queryOptions({
    queryKey: reviewsQueryKey(engagementId),
    queryFn: () => api.get<ReviewRoundList>(reviewsPath(engagementId)),
  });
}

/** The engagement's review rounds; the other side's review stays blind until published. */
export function useReviews(engagementId: string) {
  return useQuery(reviewsQueryOptions(engagementId));
}
