import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { ModerationCaseList } from "../moderation-types";

export const moderationQueryKey = ["moderation"] as const;
export const queueQueryKey = ["moderation", "queue"] as const;
export const myCasesQueryKey = ["moderation", "cases"] as const;

export function queueQueryOptions() {
  return queryOptions({
    queryKey: queueQueryKey,
    queryFn: () => api.get<ModerationCaseList>("/moderation/queue"),
  });
}

/** Open and appealed cases, oldest first: platform moderators only. */
export function useModerationQueue() {
  return useQuery(queueQueryOptions());
}

export function myCasesQueryOptions() {
  return queryOptions({
    queryKey: myCasesQueryKey,
    queryFn: () => api.get<ModerationCaseList>("/moderation/cases"),
  });
}

/** The cases concerning the caller's organisations, as accused or complainant. */
export function useMyCases() {
  return useQuery(myCasesQueryOptions());
}
