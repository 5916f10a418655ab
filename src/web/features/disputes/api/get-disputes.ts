import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { DisputeList, DisputeSettlement } from "../dispute-types";

export const disputesPath = (engagementId: string) =>
  `/engagements/${encodeURIComponent(engagementId)}/disputes`;

export const disputePath = (engagementId: string, disputeId: string) =>
  `${disputesPath(engagementId)}/${encodeURIComponent(disputeId)}`;

export const disputesQueryKey = (engagementId: string) =>
  ["engagements", engagementId, "disputes"] as const;

/** Every dispute of the engagement, newest first, each with the steps the reader may take. */
export function useDisputes(engagementId: string) {
  return useQuery(
    queryOptions({
      queryKey: disputesQueryKey(engagementId),
      queryFn: () => api.get<DisputeList>(disputesPath(engagementId)),
    }),
  );
}

/** The fair partial settlement from the record; it moves with payments and credits. */
export function useDisputeSettlement(engagementId: string, disputeId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...disputesQueryKey(engagementId), disputeId, "settlement"],
      queryFn: () =>
        api.get<DisputeSettlement>(`${disputePath(engagementId, disputeId)}/settlement`),
    }),
  );
}
