import { queryOptions, useQuery } from "@tanstack/react-query";
import { getAllPages } from "../../../shared/api/api-client";
import type { ChangeRequest } from "../../../shared/api/types";

export const changeRequestsPath = (engagementId: string) =>
  `/engagements/${encodeURIComponent(engagementId)}/change-requests`;

export const changeRequestsQueryKey = (engagementId: string) =>
  ["engagements", engagementId, "change-requests"] as const;

export function changeRequestsQueryOptions(engagementId: string) {
  return queryOptions({
    queryKey: changeRequestsQueryKey(engagementId),
    queryFn: () =>
      getAllPages<"changeRequests", ChangeRequest>(
        changeRequestsPath(engagementId),
        "changeRequests",
      ),
  });
}

/** Every change request of the engagement, newest first. */
export function useChangeRequests(engagementId: string) {
  return useQuery(changeRequestsQueryOptions(engagementId));
}
