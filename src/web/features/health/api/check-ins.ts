import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { AnswerCheckInBody, CheckIn, CheckInList } from "../../../shared/api/types";
import { healthQueryKey } from "./get-engagement-health";

const checkInsQueryKey = (engagementId: string) =>
  ["engagements", engagementId, "check-ins"] as const;

/** The engagement's check-ins, with my side's own answers only. */
export function useCheckIns(engagementId: string) {
  return useQuery(
    queryOptions({
      queryKey: checkInsQueryKey(engagementId),
      queryFn: () =>
        api.get<CheckInList>(`/engagements/${encodeURIComponent(engagementId)}/check-ins`),
    }),
  );
}

/** Answers the open check-in for my side; the answer stays private to my side. */
export function useAnswerCheckIn(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerCheckInBody) =>
      api.post<CheckIn>(`/engagements/${encodeURIComponent(engagementId)}/check-in`, body),
    onSuccess: () =>
      Promise.all(
        [checkInsQueryKey(engagementId), healthQueryKey(engagementId)].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
