import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { EngagementHealth, HealthHistory } from "../../../shared/api/types";

export const healthQueryKey = (engagementId: string) =>
  ["engagements", engagementId, "health"] as const;

const healthPath = (engagementId: string) =>
  `/engagements/${encodeURIComponent(engagementId)}/health`;

/** Both sides' scores on the engagement, each explained, its warnings and its tenure. */
export function useEngagementHealth(engagementId: string) {
  return useQuery(
    queryOptions({
      queryKey: healthQueryKey(engagementId),
      queryFn: () => api.get<EngagementHealth>(healthPath(engagementId)),
    }),
  );
}

/** Both sides' daily scores on the engagement, oldest first. */
export function useEngagementHealthHistory(engagementId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...healthQueryKey(engagementId), "history"],
      queryFn: () => api.get<HealthHistory>(`${healthPath(engagementId)}/history`),
    }),
  );
}
