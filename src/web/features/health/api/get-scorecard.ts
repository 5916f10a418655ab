import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Scorecard } from "../../../shared/api/types";

/** An organisation's scorecard: its own people and its counterparties may read it. */
export function useScorecard(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery(
    queryOptions({
      queryKey: ["orgs", orgId, "scorecard"],
      queryFn: () => api.get<Scorecard>(`/orgs/${encodeURIComponent(orgId)}/scorecard`),
      enabled: options.enabled ?? true,
    }),
  );
}
