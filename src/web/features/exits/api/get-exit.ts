import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, isApiError } from "../../../shared/api/api-client";
import type { Exit } from "../exit-types";

export const exitPath = (engagementId: string) =>
  `/engagements/${encodeURIComponent(engagementId)}/exit`;

export const exitQueryKey = (engagementId: string) =>
  ["engagements", engagementId, "exit"] as const;

/** The engagement's exit, or null while nobody has given notice (404 `exit_not_started`). */
export function useExit(engagementId: string) {
  return useQuery(
    queryOptions({
      queryKey: exitQueryKey(engagementId),
      queryFn: async (): Promise<Exit | null> => {
        try {
          return await api.get<Exit>(exitPath(engagementId));
        } catch (error) {
          if (isApiError(error, "exit_not_started")) return null;
          throw error;
        }
      },
    }),
  );
}
