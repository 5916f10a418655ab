import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Exit } from "../exit-types";

export const exitPath = (engagementId: string) =>
  `/engagements/${encodeURIComponent(engagementId)}/exit`;

export const exitQueryKey = (engagementId: string) =>
  ["engagements", engagementId, "exit"] as const;

/** The engagement's exit, or null while nobody has given notice. */
export function useExit(engagementId: string) {
  return useQuery(
    queryOptions({
      queryKey: exitQueryKey(engagementId),
      queryFn: () => api.get<Exit | null>(exitPath(engagementId)),
    }),
  );
}
