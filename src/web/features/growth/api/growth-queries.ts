import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type {
  AnswerOfferBody,
  AnswerRecognitionBody,
  AnswerReviewBody,
  GiveRecognitionBody,
  Goal,
  GoalList,
  NextPhaseOffer,
  NextPhaseOfferList,
  PublicRecognitions,
  Recognition,
  RecognitionList,
  RecordValueBody,
  RelationshipReview,
  RelationshipReviews,
  RequestRecognitionBody,
  SendOfferBody,
  SetGoalBody,
} from "../growth-types";

const base = (engagementId: string) => `/engagements/${encodeURIComponent(engagementId)}`;

/** Everything growth reads of one engagement sits under this key, so a write refreshes it all. */
export const growthQueryKey = (engagementId: string) =>
  ["engagements", engagementId, "growth"] as const;

export function useGoals(engagementId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...growthQueryKey(engagementId), "goals"],
      queryFn: () => api.get<GoalList>(`${base(engagementId)}/goals`),
    }),
  );
}

export function useRelationshipReviews(engagementId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...growthQueryKey(engagementId), "reviews"],
      queryFn: () => api.get<RelationshipReviews>(`${base(engagementId)}/relationship-reviews`),
    }),
  );
}

export function useNextPhaseOffers(engagementId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...growthQueryKey(engagementId), "offers"],
      queryFn: () => api.get<NextPhaseOfferList>(`${base(engagementId)}/next-phase-offers`),
    }),
  );
}

export function useRecognitions(engagementId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...growthQueryKey(engagementId), "recognitions"],
      queryFn: () => api.get<RecognitionList>(`${base(engagementId)}/recognitions`),
    }),
  );
}

/** What an organisation's profile and scorecard show: recognition it consented to show. */
export function useOrgRecognitions(orgId: string) {
  return useQuery(
    queryOptions({
      queryKey: ["orgs", orgId, "recognitions"],
      queryFn: () => api.get<PublicRecognitions>(`/orgs/${encodeURIComponent(orgId)}/recognitions`),
    }),
  );
}

/** A growth write; on success every growth read of the engagement (and its agreement) refreshes. */
function useGrowthMutation<Body, Result>(
  engagementId: string,
  send: (body: Body) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["engagements", engagementId] }),
  });
}

export function useSetGoal(engagementId: string) {
  return useGrowthMutation(engagementId, (body: SetGoalBody) =>
    api.post<Goal>(`${base(engagementId)}/goals`, body),
  );
}

export function useRecordValue(engagementId: string, goalId: string) {
  return useGrowthMutation(engagementId, (body: RecordValueBody) =>
    api.post<Goal>(`${base(engagementId)}/goals/${encodeURIComponent(goalId)}/values`, body),
  );
}

export function useProposeCorrection(engagementId: string, goalId: string) {
  return useGrowthMutation(
    engagementId,
    ({ measurementId, ...body }: { measurementId: string; value: number; reason: string }) =>
      api.post<Goal>(
        `${base(engagementId)}/goals/${encodeURIComponent(goalId)}/values/${encodeURIComponent(measurementId)}/corrections`,
        body,
      ),
  );
}

export function useAnswerCorrection(engagementId: string) {
  return useGrowthMutation(
    engagementId,
    ({
      correctionId,
      ...body
    }: {
      correctionId: string;
      outcome: "confirmed" | "disputed";
      note: string;
    }) =>
      api.post<Goal>(
        `${base(engagementId)}/goal-corrections/${encodeURIComponent(correctionId)}/answer`,
        body,
      ),
  );
}

export function useAnswerReview(engagementId: string, reviewId: string) {
  return useGrowthMutation(engagementId, (body: AnswerReviewBody) =>
    api.post<RelationshipReview>(
      `${base(engagementId)}/relationship-reviews/${encodeURIComponent(reviewId)}/answer`,
      body,
    ),
  );
}

export function useSendOffer(engagementId: string) {
  return useGrowthMutation(engagementId, (body: SendOfferBody) =>
    api.post<NextPhaseOffer>(`${base(engagementId)}/next-phase-offers`, body),
  );
}

export function useAnswerOffer(engagementId: string, offerId: string) {
  return useGrowthMutation(engagementId, (body: AnswerOfferBody) =>
    api.post<NextPhaseOffer>(
      `${base(engagementId)}/next-phase-offers/${encodeURIComponent(offerId)}/answer`,
      body,
    ),
  );
}

export function useGiveRecognition(engagementId: string) {
  return useGrowthMutation(engagementId, (body: GiveRecognitionBody) =>
    api.post<Recognition>(`${base(engagementId)}/recognitions`, body),
  );
}

export function useRequestRecognition(engagementId: string) {
  return useGrowthMutation(engagementId, (body: RequestRecognitionBody) =>
    api.post<Recognition>(`${base(engagementId)}/recognition-requests`, body),
  );
}

export function useAnswerRecognition(engagementId: string, recognitionId: string) {
  return useGrowthMutation(engagementId, (body: AnswerRecognitionBody) =>
    api.post<Recognition>(
      `${base(engagementId)}/recognitions/${encodeURIComponent(recognitionId)}/answer`,
      body,
    ),
  );
}

/** The recognised side (or a testimonial's approving side) takes a published recognition back. */
export function useWithdrawRecognitionConsent(engagementId: string, recognitionId: string) {
  return useGrowthMutation(engagementId, () =>
    api.post<Recognition>(
      `${base(engagementId)}/recognitions/${encodeURIComponent(recognitionId)}/withdraw-consent`,
    ),
  );
}
