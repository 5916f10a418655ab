import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Responsiveness } from "../../../shared/api/types";
import { messagesBasePath } from "./get-threads";

export const responsivenessQueryKey = (engagementId: string) =>
  ["engagements", engagementId, "responsiveness"] as const;

/** How quickly each side answers the other, against the response times agreed. */
export function useResponsiveness(engagementId: string) {
  return useQuery(
    queryOptions({
      queryKey: responsivenessQueryKey(engagementId),
      queryFn: () => api.get<Responsiveness>(`${messagesBasePath(engagementId)}/responsiveness`),
    }),
  );
}
